import { Alert, Anchor, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { apiPath } from '../../api/api-path';
import { apiRequest } from '../../api/api-request';
import { reportingKeys } from '../reporting/reporting-queries';
import { useDashboardMessages } from './use-dashboard-messages';

/** How many of the round's reports wait for the person's unit to review them, with the way to them. */
export function ReviewQueueNotice({ roundId }: { roundId: string }) {
  const messages = useDashboardMessages();
  const filters = { round: roundId, status: 'to_review' } as const;
  const queue = useQuery({
    queryKey: [...reportingKeys.reports(filters), 'count'],
    queryFn: () =>
      apiRequest<{ total: number }>(apiPath('/api/reports', { round: roundId, reviewBy: 'me', limit: 1 })),
  });
  const waiting = queue.data?.total ?? 0;
  if (waiting === 0) return null;
  return (
    <Alert color="blue" variant="light" title={messages.reviewQueue(waiting)}>
      <Text size="sm">
        <Anchor component={Link} to={`/bao-cao?dot=${roundId}&trang-thai=to_review`}>
          {messages.reviewQueueLink}
        </Anchor>
      </Text>
    </Alert>
  );
}
