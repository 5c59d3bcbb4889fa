import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Report, ReportChanges } from '../../../contract/reporting/reports';
import { apiRequest } from '../../api/api-request';
import { useCurrentSession } from '../auth/session';
import { reportingKeys } from './reporting-queries';

export type ReportAction = 'submit' | 'approve' | 'return' | 'unapprove';

/**
 * Moves a report along its review chain; returning and withdrawing an approval carry a reason, a
 * submission the changes typed since the last save.
 */
export function useReportAction(reportId: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useCurrentSession();
  return useMutation({
    mutationFn: ({
      action,
      reason,
      changes,
    }: {
      action: ReportAction;
      reason?: string;
      changes?: ReportChanges;
    }) =>
      apiRequest<Report>(`/api/reports/${reportId}/${action}`, {
        method: 'POST',
        body: reason === undefined ? changes : { reason },
        csrfToken,
      }),
    onSuccess: (report) => {
      queryClient.setQueryData(reportingKeys.report(report.id), report);
      return queryClient.invalidateQueries({
        queryKey: reportingKeys.all,
        predicate: (query) => query.queryKey[1] !== 'report',
      });
    },
  });
}
