import { Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { Page } from '../components/page';
import { useCurrentSession } from '../features/auth/session';
import { mayOpenRounds } from '../features/reporting/may-open-rounds';
import { NewRoundForm } from '../features/reporting/new-round-form';
import { useReportingMessages } from '../features/reporting/use-reporting-messages';
import { NoAccessPage } from './no-access-page';

/** Opening a reporting round; `?ke-hoach=` chooses the plan when coming from a plan's page. */
export function RoundNewPage() {
  const labels = useReportingMessages().newRound;
  const [params] = useSearchParams();
  const session = useCurrentSession();
  if (!mayOpenRounds(session)) return <NoAccessPage />;
  return (
    <Page title={labels.title}>
      <Text maw="65ch">{labels.intro}</Text>
      <NewRoundForm planId={params.get('ke-hoach')} />
    </Page>
  );
}
