import { Button, Group, Stack, Text } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorAlert } from '../components/error-alert';
import { Page } from '../components/page';
import { useCurrentSession } from '../features/auth/session';
import { mayOpenRounds } from '../features/reporting/may-open-rounds';
import { roundListQuery, roundQuery } from '../features/reporting/reporting-queries';
import { RoundListItem } from '../features/reporting/round-list-item';
import { useReportingMessages } from '../features/reporting/use-reporting-messages';

/** The reporting rounds the person's unit runs or reports in, with how far each has got. */
export function RoundListPage() {
  const reporting = useReportingMessages();
  const labels = reporting.rounds;
  const session = useCurrentSession();
  const list = useQuery(roundListQuery);
  const items = list.data?.items ?? [];
  // The list leaves out the counts; each round's own answer has them (there are few rounds at a time).
  const details = useQueries({ queries: items.map((round) => roundQuery(round.id)) });

  return (
    <Page title={labels.title}>
      <Group justify="space-between" align="flex-start" gap="md">
        <Text maw="65ch">{labels.intro}</Text>
        {mayOpenRounds(session) && (
          <Button component={Link} to="/dot-bao-cao/moi">
            {labels.create}
          </Button>
        )}
      </Group>
      <Stack component="section" gap="sm" aria-labelledby="round-results" aria-busy={list.isFetching}>
        <Text id="round-results" fw={700} component="h2" size="lg">
          {labels.results}
        </Text>
        {list.isError && <ErrorAlert error={list.error} />}
        {(list.isPending || items.length === 0) && (
          <Text role="status" size="sm" c="dimmed">
            {list.isPending ? labels.loading : labels.none}
          </Text>
        )}
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((round, index) => (
            <RoundListItem key={round.id} round={round} counts={details[index]?.data?.counts} />
          ))}
        </Stack>
      </Stack>
    </Page>
  );
}
