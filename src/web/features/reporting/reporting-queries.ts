import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ReportStatus } from '../../../contract/reporting/fields';
import type { Report, ReportingRound } from '../../../contract/reporting/reports';
import { apiPath } from '../../api/api-path';
import { apiRequest } from '../../api/api-request';

export type ReportSummary = Pick<
  Report,
  'id' | 'status' | 'late' | 'dueOn' | 'submittedAt' | 'unit' | 'round'
>;
export type RoundSummary = Omit<ReportingRound, 'counts'>;

export interface ReportFilters {
  round: string | null;
  /** A status, or `late` for the reports marked late whatever their status. */
  status: ReportStatus | 'late' | null;
}

const PAGE_SIZE = 20;
/** The server filters by status only; late reports are picked out of this many. */
const LATE_SCAN_SIZE = 500;

export const reportingKeys = {
  all: ['reporting'] as const,
  reports: (filters: ReportFilters) => ['reporting', 'reports', filters] as const,
  report: (id: string) => ['reporting', 'report', id] as const,
  rounds: ['reporting', 'rounds'] as const,
  round: (id: string) => ['reporting', 'round', id] as const,
};

interface ReportPage {
  items: ReportSummary[];
  total: number;
  nextOffset: number | null;
}

async function reportPage(filters: ReportFilters, offset: number): Promise<ReportPage> {
  const late = filters.status === 'late';
  const limit = late ? LATE_SCAN_SIZE : PAGE_SIZE;
  const { items, total } = await apiRequest<{ items: ReportSummary[]; total: number }>(
    apiPath('/api/reports', {
      round: filters.round ?? undefined,
      status: late ? undefined : (filters.status ?? undefined),
      limit,
      offset,
    }),
  );
  if (late) {
    const lateItems = items.filter((item) => item.late);
    return { items: lateItems, total: lateItems.length, nextOffset: null };
  }
  return { items, total, nextOffset: offset + items.length < total ? offset + items.length : null };
}

export const reportListQuery = (filters: ReportFilters) =>
  infiniteQueryOptions({
    queryKey: reportingKeys.reports(filters),
    queryFn: ({ pageParam }) => reportPage(filters, pageParam),
    initialPageParam: 0,
    getNextPageParam: (page) => page.nextOffset,
  });

export const reportQuery = (id: string) =>
  queryOptions({
    queryKey: reportingKeys.report(id),
    queryFn: () => apiRequest<Report>(`/api/reports/${id}`),
  });

export const roundListQuery = queryOptions({
  queryKey: reportingKeys.rounds,
  queryFn: () => apiRequest<{ items: RoundSummary[]; total: number }>('/api/reporting-rounds'),
});

export const roundQuery = (id: string) =>
  queryOptions({
    queryKey: reportingKeys.round(id),
    queryFn: () => apiRequest<ReportingRound>(`/api/reporting-rounds/${id}`),
  });
