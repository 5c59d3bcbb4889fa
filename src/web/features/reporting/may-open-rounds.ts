import type { SessionResponse } from '../../../contract/auth';
import { actingUnit } from '../auth/session';

/**
 * Rounds are opened by those who author plans, to ask the units below them to report: a school has
 * none, so it opens none.
 */
export const mayOpenRounds = (session: SessionResponse): boolean =>
  session.permissions.includes('plan.author') && actingUnit(session)?.kind !== 'school';
