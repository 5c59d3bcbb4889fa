import { queryOptions } from '@tanstack/react-query';
import type { SchoolLevel } from '../../../contract/org';
import type {
  Completeness,
  IndicatorTrend,
  OutstandingReports,
} from '../../../contract/reporting/dashboards';
import type { ReportingRound, Rollup } from '../../../contract/reporting/reports';
import type { SpreadsheetFormat } from '../../../contract/spreadsheet';
import { apiRequest } from '../../api/api-request';
import type { ReportSummary } from '../reporting/reporting-queries';

/** The part of a round a dashboard looks at: a unit's subtree, optionally one school level. */
export interface DashboardScope {
  round: string;
  unit: string;
  schoolLevel: SchoolLevel | null;
}

const scopeQuery = ({ unit, schoolLevel }: DashboardScope, extra: Record<string, string> = {}) =>
  new URLSearchParams({ unit, ...(schoolLevel ? { schoolLevel } : {}), ...extra }).toString();

/** Where a dashboard table downloads as a spreadsheet. */
export const tableExport = (
  table: 'completeness' | 'outstanding',
  scope: DashboardScope,
  format: SpreadsheetFormat,
) => `/api/reporting-rounds/${scope.round}/${table}/export?${scopeQuery(scope, { format })}`;

export const dashboardKeys = {
  all: ['dashboard'] as const,
  widget: (widget: string, scope: DashboardScope) => ['dashboard', widget, scope] as const,
};

export const roundsQuery = queryOptions({
  queryKey: ['dashboard', 'rounds'],
  queryFn: () => apiRequest<{ items: Omit<ReportingRound, 'counts'>[] }>('/api/reporting-rounds'),
});

export const completenessQuery = (scope: DashboardScope) =>
  queryOptions({
    queryKey: dashboardKeys.widget('completeness', scope),
    queryFn: () =>
      apiRequest<Completeness>(`/api/reporting-rounds/${scope.round}/completeness?${scopeQuery(scope)}`),
  });

export const outstandingQuery = (scope: DashboardScope) =>
  queryOptions({
    queryKey: dashboardKeys.widget('outstanding', scope),
    queryFn: () =>
      apiRequest<OutstandingReports>(
        `/api/reporting-rounds/${scope.round}/outstanding?${scopeQuery(scope, { limit: '200' })}`,
      ),
  });

export const trendQuery = (scope: DashboardScope) =>
  queryOptions({
    queryKey: dashboardKeys.widget('trend', scope),
    queryFn: () =>
      apiRequest<IndicatorTrend>(`/api/reporting-rounds/${scope.round}/trend?${scopeQuery(scope)}`),
  });

export const rollupQuery = (scope: Pick<DashboardScope, 'round' | 'unit'>) =>
  queryOptions({
    queryKey: ['dashboard', 'rollup', scope.round, scope.unit],
    queryFn: () =>
      apiRequest<Rollup>(`/api/rollups?${new URLSearchParams({ round: scope.round, unit: scope.unit })}`),
  });

/** The reports the caller's unit fills and, for a reviewer, those of its subtree; of one round if given. */
export const reportsQuery = (round?: string) =>
  queryOptions({
    queryKey: ['dashboard', 'reports', round ?? null],
    queryFn: () =>
      apiRequest<{ items: ReportSummary[]; total: number }>(
        `/api/reports?${new URLSearchParams({ limit: '500', ...(round ? { round } : {}) })}`,
      ),
  });
