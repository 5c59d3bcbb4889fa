import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReportStatus } from '../../../contract/reporting/fields';
import type {
  Report,
  ReportForm,
  ReportingRound,
  reportSummarySchema,
} from '../../../contract/reporting/reports';
import { apiPath } from '../../api/api-path';
import { apiRequest } from '../../api/api-request';
import { type Page, pagedQueryOptions } from '../../api/page';

export type ReportSummary = z.infer<typeof reportSummarySchema>;
export type RoundSummary = Omit<ReportingRound, 'counts'>;

export interface ReportFilters {
  round: string | null;
  /**
   * A status, `late` for the reports marked late whatever their status, or `to_review` for those
   * waiting for the person's unit to review them.
   */
  status: ReportStatus | 'late' | 'to_review' | null;
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
  form: (id: string) => ['reporting', 'form', id] as const,
};

/** The server pages by offset; the offset of the next page serves as the list's cursor. */
async function reportPage(filters: ReportFilters, cursor: string | undefined): Promise<Page<ReportSummary>> {
  const offset = Number(cursor ?? 0);
  const late = filters.status === 'late';
  const limit = late ? LATE_SCAN_SIZE : PAGE_SIZE;
  const { items, total } = await apiRequest<{ items: ReportSummary[]; total: number }>(
    apiPath('/api/reports', {
      round: filters.round ?? undefined,
      status: late || filters.status === 'to_review' ? undefined : (filters.status ?? undefined),
      reviewBy: filters.status === 'to_review' ? 'me' : undefined,
      limit,
      offset,
    }),
  );
  if (late) {
    const lateItems = items.filter((item) => item.late);
    return { items: lateItems, total: lateItems.length, nextCursor: null };
  }
  const next = offset + items.length;
  return { items, total, nextCursor: next < total ? String(next) : null };
}

export const reportListQuery = (filters: ReportFilters) =>
  infiniteQueryOptions({
    queryKey: reportingKeys.reports(filters),
    queryFn: ({ pageParam }) => reportPage(filters, pageParam),
    ...pagedQueryOptions,
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

/** The latest version of a report form. */
export const formQuery = (id: string) =>
  queryOptions({
    queryKey: reportingKeys.form(id),
    queryFn: () => apiRequest<ReportForm>(`/api/report-forms/${id}`),
  });
