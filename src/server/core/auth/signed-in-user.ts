import type { OrgUnitKind } from '../../../contract/org.js';
import { type Role, roleRank } from '../../../contract/roles.js';

/** A role held at a unit, with what scoping needs of that unit. */
export interface AccessGrant {
  grantId: number;
  publicId: string;
  role: Role;
  unitId: number;
  unitPublicId: string;
  unitName: string;
  unitKind: OrgUnitKind;
  /** Materialised path of the unit; the grant applies to every unit whose path starts with it. */
  unitPath: string;
}

/** Orders one account's grants most capable first, as `SignedInUser.grants` holds them. */
export const byGrantRank = (a: AccessGrant, b: AccessGrant) =>
  roleRank[a.role] - roleRank[b.role] || a.grantId - b.grantId;

export interface UnitSummary {
  id: string;
  name: string;
  kind: OrgUnitKind;
}

/** The account behind the current request's session, and the role it is acting in. */
export interface SignedInUser {
  accountId: number;
  sessionId: number;
  publicId: string;
  username: string;
  displayName: string;
  email: string | null;
  csrfToken: string;
  unit: UnitSummary | null;
  mustChangePassword: boolean;
  grants: AccessGrant[];
  /** The grant the person picked to act in; every permission check uses this one only. */
  activeGrant: AccessGrant | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: SignedInUser | null;
  }
}
