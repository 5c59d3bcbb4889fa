import { subtreesWhere } from '../../core/auth/access.js';
import type { SignedInUser } from '../../core/auth/signed-in-user.js';
import type { PlanScope } from './repository.js';

/** What the caller may read: its role's subtree, and the units above its unit (whose issued plans reach it). */
export function planScopeOf(user: SignedInUser): PlanScope {
  const within = subtreesWhere(user, 'plan.read');
  const path = user.activeGrant?.unitPath ?? '';
  return {
    within,
    ancestorIds:
      within === null || within.length === 0 ? [] : path.split('/').filter(Boolean).map(Number).slice(0, -1),
  };
}
