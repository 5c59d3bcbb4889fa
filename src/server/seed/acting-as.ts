import type { SignedInUser } from '../core/auth/signed-in-user.js';
import type { PeopleService } from '../modules/people/service.js';

/**
 * A demo account as the services see a signed-in person, in the role it acts in first, so demo data
 * is made through the same rules, audit trail and notifications as real work.
 */
export async function actingAs(people: PeopleService, username: string): Promise<SignedInUser> {
  const account = await people.findAccountByUsername(username);
  if (!account) throw new Error(`demo account ${username} is missing`);
  const grants = await people.grantsOf(account.id);
  return {
    accountId: account.id,
    sessionId: 0,
    publicId: account.public_id,
    username: account.username,
    displayName: account.display_name,
    email: account.email,
    csrfToken: '',
    unit: null,
    mustChangePassword: false,
    grants,
    activeGrant: grants[0] ?? null,
  };
}
