import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ReportingRound } from '../../../contract/reporting/reports';
import { formatNumber } from '../../i18n/format';
import { spokenUnitName } from '../org/unit-name';
import type { RoundSummary } from './reporting-queries';
import { roundPeriod } from './round-facts';
import { useReportingMessages } from './use-reporting-messages';

interface RoundListItemProps {
  round: RoundSummary;
  /** Arrive separately from the list; absent while loading. */
  counts: ReportingRound['counts'] | undefined;
}

export function RoundListItem({ round, counts }: RoundListItemProps) {
  const reporting = useReportingMessages();
  return (
    <Paper component="li" withBorder p="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Anchor
            component={Link}
            to={`/dot-bao-cao/${round.id}`}
            fw={700}
            style={{ overflowWrap: 'anywhere' }}
          >
            {round.title}
          </Anchor>
          <Badge variant="outline" color={round.status === 'open' ? 'green.9' : 'dark.6'} radius="sm">
            {reporting.roundStatuses[round.status]}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {[spokenUnitName(round.owner.name), roundPeriod(round, reporting)].join(' · ')}
        </Text>
        {counts && (
          <Text size="sm">
            {reporting.rounds.counts(
              formatNumber(counts.expected),
              formatNumber(counts.submitted),
              formatNumber(counts.approved),
            )}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
