import { subtreesWhere } from '../../core/auth/access.js';
import type { SignedInUser } from '../../core/auth/signed-in-user.js';
import type { Clock } from '../../core/clock.js';
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

/** Vietnam keeps UTC+7 all year, so "today" for its users is the UTC date seven hours ahead. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export const vietnamToday = (clock: Clock): string =>
  new Date(clock.now().getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
