import type { RoleGrant, SessionResponse } from '../../../contract/auth.js';
import { rolePermissions } from '../../../contract/roles.js';
import type { AccessGrant, SignedInUser } from './signed-in-user.js';

export const toRoleGrant = (grant: AccessGrant): RoleGrant => ({
  id: grant.publicId,
  role: grant.role,
  unit: { id: grant.unitPublicId, name: grant.unitName, kind: grant.unitKind },
});

/** What the SPA learns about the signed-in person: who, which roles, and what the active one allows. */
export function sessionView(user: SignedInUser): SessionResponse {
  return {
    user: {
      id: user.publicId,
      username: user.username,
      displayName: user.displayName,
      email: user.email,
      unit: user.unit,
      mustChangePassword: user.mustChangePassword,
    },
    csrfToken: user.csrfToken,
    roles: user.grants.map(toRoleGrant),
    activeRoleId: user.activeGrant?.publicId ?? null,
    permissions: user.activeGrant ? [...rolePermissions[user.activeGrant.role]] : [],
  };
}
