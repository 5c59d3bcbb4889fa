import type { Role } from '../../../contract/roles.js';
import { can } from '../../core/auth/access.js';
import type { SignedInUser } from '../../core/auth/signed-in-user.js';

/** Accounts are governed by the unit they belong to; an account without a unit only by system administrators. */
export const accountPolicy = {
  read: (user: SignedInUser, unitPath: string | null) => can(user, 'account.read', unitPath),
  manage: (user: SignedInUser, unitPath: string | null) => can(user, 'account.manage', unitPath),
  /** Only a system administrator creates another one; anyone else grants within their subtree. */
  grant: (user: SignedInUser, role: Role, unitPath: string) =>
    can(user, 'account.manage', unitPath) &&
    (role !== 'system_admin' || user.activeGrant?.role === 'system_admin'),
};
