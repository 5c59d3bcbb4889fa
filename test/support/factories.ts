import type { App } from '../../src/server/app.js';

export const TEST_PASSWORD = 'xanh-la-cay-2026';

let sequence = 0;

/** Creates an account through the service, with a unique username unless one is given. */
export async function createAccount(
  app: App,
  overrides: { username?: string; displayName?: string; password?: string } = {},
) {
  sequence += 1;
  const username = overrides.username ?? `user${sequence}.${Date.now().toString(36)}`;
  const password = overrides.password ?? TEST_PASSWORD;
  const { publicId } = await app.services.auth.createAccount(
    { username, displayName: overrides.displayName ?? `Người dùng ${sequence}`, password },
    null,
  );
  return { username, password, publicId };
}
