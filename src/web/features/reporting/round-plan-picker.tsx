import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { PlanList, PlanListItem } from '../../../contract/plans/plan';
import { apiPath } from '../../api/api-path';
import { apiRequest } from '../../api/api-request';
import { ServerSearchSelect } from '../../components/server-search-select';
import { planQuery } from '../plans/plan-queries';
import { useReportingMessages } from './use-reporting-messages';

const SEARCH_DELAY_MS = 300;
/** Plans listed, newest first, before anything is typed; for the others, the person searches. */
const LISTED = 20;

/** What the round takes from its plan: the unit whose subtree reports, and the years it has targets for. */
export type ChosenPlan = Pick<
  PlanListItem,
  'id' | 'number' | 'title' | 'issuer' | 'periodStartYear' | 'periodEndYear'
>;

const planLabel = (plan: ChosenPlan) => (plan.number ? `${plan.number} — ${plan.title}` : plan.title);

/**
 * The issued plans a round may be opened on that match what is typed (number or title, diacritics
 * ignored): those of the person's unit and the units below it, but not the schools' (a Sở's hundreds
 * of implementing plans would crowd its own out).
 */
function useIssuedPlanSearch(unitId: string | undefined, text: string): PlanListItem[] {
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
  return plans.data?.items ?? [];
}

interface RoundPlanPickerProps {
  unitId: string | undefined;
  /** Chosen on the plan's page when the form opens from there. */
  value: string | null;
  onChange: (plan: ChosenPlan | null) => void;
  error: string | undefined;
}

/**
 * Picks the issued plan a round reports on, searched on the server by its number or title. A plan
 * named in the link is handed over once it has loaded, like one picked from the list.
 */
export function RoundPlanPicker({ unitId, value, onChange, error }: RoundPlanPickerProps) {
  const labels = useReportingMessages().newRound;
  const [search, setSearch] = useState('');
  const found = useIssuedPlanSearch(unitId, search);
  const [linkedId] = useState(value);
  const loaded = useQuery({ ...planQuery(linkedId ?? ''), enabled: linkedId !== null }).data;
  // Only an issued plan can be reported on; a link to another is ignored.
  const linked = loaded?.status === 'issued' ? loaded : undefined;
  const handedOver = useRef(false);
  useEffect(() => {
    if (!linked || handedOver.current) return;
    handedOver.current = true;
    onChange(linked);
  }, [linked, onChange]);
  return (
    <ServerSearchSelect
      label={labels.plan}
      description={labels.planHint}
      value={value}
      onChange={(id) => onChange(found.find((plan) => plan.id === id) ?? (linked?.id === id ? linked : null))}
      initial={linked && { value: linked.id, label: planLabel(linked) }}
      onSearchChange={setSearch}
      options={found.map((plan) => ({ value: plan.id, label: planLabel(plan) }))}
      nothingFoundMessage={labels.noPlan}
      error={error}
      required
    />
  );
}
