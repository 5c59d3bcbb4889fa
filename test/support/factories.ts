import type { Role } from '../../src/contract/roles.js';
import type { App } from '../../src/server/app.js';

export const TEST_PASSWORD = 'xanh-la-cay-2026';

let sequence = 0;

export interface AccountOverrides {
  username?: string;
  displayName?: string;
  password?: string;
  /** Code of the unit the account belongs to; its roles are granted there too. */
  unitCode?: string;
  roles?: Role[];
}

/** Creates an account through the service, with a unique username unless one is given. */
export async function createAccount(app: App, overrides: AccountOverrides = {}) {
  sequence += 1;
  const username = overrides.username ?? `user${sequence}.${Date.now().toString(36)}`;
  const password = overrides.password ?? TEST_PASSWORD;
  const unit = overrides.unitCode ? await app.services.people.findUnitByCode(overrides.unitCode) : undefined;
  if (overrides.unitCode && !unit)
    throw new Error(`no unit with code ${overrides.unitCode} in the test database`);
  const { publicId } = await app.services.people.createAccount(
    {
      username,
      displayName: overrides.displayName ?? `Người dùng ${sequence}`,
      password,
      unitId: unit?.id ?? null,
      roles: unit ? (overrides.roles ?? []).map((role) => ({ role, unitId: unit.id })) : [],
    },
    null,
  );
  return { username, password, publicId };
}
