import type { ReportStatus } from '../../../contract/reporting/fields';
import type { ReportingMessages } from '../../i18n/reporting-vi';

/** A report's status in words: a submitted report one level has approved waits for the level above. */
export const reportStatusLabel = (
  messages: Pick<ReportingMessages, 'statuses' | 'awaitingLevelAbove'>,
  status: ReportStatus,
  approvedBelow: boolean,
): string =>
  status === 'submitted' && approvedBelow ? messages.awaitingLevelAbove : messages.statuses[status];
