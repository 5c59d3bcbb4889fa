import { useSearchParams } from 'react-router';
import { reportStatuses } from '../../../contract/reporting/fields';
import type { ReportFilters } from './reporting-queries';

const isStatusFilter = (value: string | null): value is ReportFilters['status'] & string =>
  value === 'late' || value === 'to_review' || reportStatuses.some((status) => status === value);

/** The list's filters live in the address, so an e-mail or a colleague can link to a filtered list. */
export function useReportFilters(): [ReportFilters, (changes: Partial<ReportFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get('trang-thai');
  const filters: ReportFilters = {
    round: params.get('dot'),
    status: isStatusFilter(status) ? status : null,
  };
  const change = (changes: Partial<ReportFilters>) => {
    const next = { ...filters, ...changes };
    const entries: [string, string][] = [];
    if (next.round) entries.push(['dot', next.round]);
    if (next.status) entries.push(['trang-thai', next.status]);
    setParams(new URLSearchParams(entries), { replace: true });
  };
  return [filters, change];
}
