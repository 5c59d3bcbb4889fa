import { HttpProblem } from '../../core/http/problem.js';
import type { AuthRepository } from './repository.js';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** A person mistyping a few times is not slowed; a guesser gets five tries per account per window. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** An office behind one NAT address may hold many users, so the per-address limit is looser. */
export const MAX_FAILURES_PER_ADDRESS = 30;

/** Refuses a sign-in when the account or the address has failed too often in the window. */
export async function assertSignInAllowed(
  repository: AuthRepository,
  username: string,
  address: string,
  now: Date,
): Promise<void> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
  const [byAccount, byAddress] = await Promise.all([
    repository.signInFailuresSince('username', username, since),
    repository.signInFailuresSince('address', address, since),
  ]);
  const exceeded =
    Number(byAccount.count) >= MAX_FAILURES_PER_ACCOUNT
      ? byAccount.oldest
      : Number(byAddress.count) >= MAX_FAILURES_PER_ADDRESS
        ? byAddress.oldest
        : null;
  if (!exceeded) return;
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((new Date(String(exceeded)).getTime() + THROTTLE_WINDOW_MS - now.getTime()) / 1000),
  );
  throw new HttpProblem(
    'too_many_attempts',
    `Too many failed sign-ins; try again in ${retryAfterSeconds} seconds.`,
    {
      headers: { 'retry-after': String(retryAfterSeconds) },
    },
  );
}
