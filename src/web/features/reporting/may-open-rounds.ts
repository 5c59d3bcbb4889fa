import type { SessionResponse } from '../../../contract/auth';
import { hasUnitsBelow } from '../../../contract/org';
import { actingUnit } from '../auth/session';

/**
 * Rounds are opened by those who author plans, to ask the units below them to report: a school has
 * none, so it opens none.
 */
export const mayOpenRounds = (session: SessionResponse): boolean => {
  const unit = actingUnit(session);
  return session.permissions.includes('plan.author') && unit !== null && hasUnitsBelow(unit.kind);
};
