import { can } from '../../core/auth/access.js';
import type { SignedInUser } from '../../core/auth/signed-in-user.js';

const actsAt = (user: SignedInUser, unitId: number) => user.activeGrant?.unitId === unitId;

/**
 * Reports belong to their unit: its reporters fill and submit them; each reviewing level above, acting
 * in a role granted at that very unit, returns or approves them in turn. Seeing a report needs a
 * reporting or reviewing role over its unit.
 */
export const reportPolicy = {
  read: (user: SignedInUser, unitPath: string) =>
    can(user, 'report.review', unitPath) || can(user, 'report.fill', unitPath),
  fill: (user: SignedInUser, unitId: number) => actsAt(user, unitId) && hasPermission(user, 'report.fill'),
  submit: (user: SignedInUser, unitId: number) =>
    actsAt(user, unitId) && hasPermission(user, 'report.submit'),
  review: (user: SignedInUser, reviewerUnitId: number) =>
    actsAt(user, reviewerUnitId) && hasPermission(user, 'report.review'),
  /**
   * Whether the user could review the unit's report at all (acting, with the review permission, at a
   * unit above it): necessary for `review`, not sufficient, since only the next level in the chain
   * reviews. Lets a reader who cannot review skip reading the chain.
   */
  mightReview: (user: SignedInUser, unitPath: string) => {
    const actingAt = user.activeGrant?.unitPath;
    return (
      actingAt !== undefined &&
      actingAt !== unitPath &&
      unitPath.startsWith(actingAt) &&
      hasPermission(user, 'report.review')
    );
  },
  /** Forms and rounds are set up by those who author plans at the owning unit. */
  manageRounds: (user: SignedInUser, ownerPath: string) => can(user, 'plan.author', ownerPath),
};

function hasPermission(
  user: SignedInUser,
  permission: 'report.fill' | 'report.submit' | 'report.review',
): boolean {
  return can(user, permission, user.activeGrant?.unitPath ?? null);
}
