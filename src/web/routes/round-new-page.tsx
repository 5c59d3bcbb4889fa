import { Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { Page } from '../components/page';
import { NewRoundForm } from '../features/reporting/new-round-form';
import { useReportingMessages } from '../features/reporting/use-reporting-messages';

/** Opening a reporting round; `?ke-hoach=` chooses the plan when coming from a plan's page. */
export function RoundNewPage() {
  const labels = useReportingMessages().newRound;
  const [params] = useSearchParams();
  return (
    <Page title={labels.title}>
      <Text maw="65ch">{labels.intro}</Text>
      <NewRoundForm planId={params.get('ke-hoach')} />
    </Page>
  );
}
