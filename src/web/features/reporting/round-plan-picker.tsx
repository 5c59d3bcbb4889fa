import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { PlanList } from '../../../contract/plans/plan';
import { apiPath } from '../../api/api-path';
import { apiRequest } from '../../api/api-request';
import { ServerSearchSelect } from '../../components/server-search-select';
import { planQuery } from '../plans/plan-queries';
import { useReportingMessages } from './use-reporting-messages';

const SEARCH_DELAY_MS = 300;
/** Plans listed before anything is typed: a Sở's own plans fit; beyond them, the person searches. */
const LISTED = 20;

const planLabel = (plan: { number: string | null; title: string }) =>
  plan.number ? `${plan.number} — ${plan.title}` : plan.title;

/**
 * The issued plans a round may be opened on that match what is typed (number or title, diacritics
 * ignored): those of the person's unit and the units below it, but not the schools' (a Sở's hundreds
 * of implementing plans would crowd its own out).
 */
function useIssuedPlanSearch(unitId: string | undefined, text: string) {
  const [typed] = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const q = typed.length >= 2 ? typed : undefined;
  const plans = useQuery({
    queryKey: ['plans', 'issued-for-rounds', unitId, q],
    queryFn: () =>
      apiRequest<PlanList>(
        apiPath('/api/plans', { status: 'issued', issuer: unitId, withUnitsBelow: 'true', limit: LISTED, q }),
      ),
    placeholderData: keepPreviousData,
  });
  return (plans.data?.items ?? []).map((plan) => ({ value: plan.id, label: planLabel(plan) }));
}

interface RoundPlanPickerProps {
  unitId: string | undefined;
  /** Chosen on the plan's page when the form opens from there. */
  value: string | null;
  onChange: (id: string | null) => void;
  error: string | undefined;
}

/** Picks the issued plan a round reports on, searched on the server by its number or title. */
export function RoundPlanPicker({ unitId, value, onChange, error }: RoundPlanPickerProps) {
  const labels = useReportingMessages().newRound;
  const [search, setSearch] = useState('');
  const options = useIssuedPlanSearch(unitId, search);
  const [linkedId] = useState(value);
  const linked = useQuery({ ...planQuery(linkedId ?? ''), enabled: linkedId !== null });
  return (
    <ServerSearchSelect
      label={labels.plan}
      description={labels.planHint}
      value={value}
      onChange={onChange}
      initial={linked.data && { value: linked.data.id, label: planLabel(linked.data) }}
      search={search}
      onSearchChange={setSearch}
      options={options}
      nothingFoundMessage={labels.noPlan}
      error={error}
      required
    />
  );
}
