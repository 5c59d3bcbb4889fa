import type { ReportingMessages } from '../../i18n/reporting-vi';
import { formatIsoDate } from '../plans/plan-format';
import type { RoundSummary } from './reporting-queries';

/** "Học kỳ: 01/09/2026 - 15/01/2027". */
export const roundPeriod = (round: RoundSummary, reporting: ReportingMessages): string =>
  reporting.rounds.periodRange(
    reporting.periodKinds[round.periodKind],
    formatIsoDate(round.periodStart),
    formatIsoDate(round.periodEnd),
  );
