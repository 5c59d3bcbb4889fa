import { type Permission, rolePermissions } from '../../../contract/roles.js';
import type { SignedInUser } from './signed-in-user.js';

/** The active grant when its role carries the permission. */
function grants(user: SignedInUser, permission: Permission) {
  const grant = user.activeGrant;
  return grant && rolePermissions[grant.role].includes(permission) ? grant : null;
}

/** Whether the user, in its active role, holds the permission over the unit at `unitPath`. */
export function can(user: SignedInUser, permission: Permission, unitPath: string | null): boolean {
  const grant = grants(user, permission);
  if (!grant) return false;
  if (grant.role === 'system_admin') return true;
  return unitPath?.startsWith(grant.unitPath) === true;
}

/**
 * The subtrees in which the user holds the permission, as path prefixes for SQL scoping:
 * `null` means everywhere, an empty list nowhere.
 */
export function subtreesWhere(user: SignedInUser, permission: Permission): string[] | null {
  const grant = grants(user, permission);
  if (!grant) return [];
  return grant.role === 'system_admin' ? null : [grant.unitPath];
}
