import { Anchor, Group, Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { type SchoolLevel, schoolLevels } from '../../../contract/org';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-provider';
import { useCurrentSession } from '../auth/session';
import { roundsQuery } from './dashboard-queries';
import { ReviewQueueNotice } from './review-queue-notice';
import { RoundWidgets } from './round-widgets';
import { useDashboardMessages } from './use-dashboard-messages';

/**
 * The dashboard of a unit that reviews others (Sở, commune, ministry): the round chosen in the address
 * (`?dot=`), by default the newest open round it sees, and optionally one school level.
 */
export function ReviewerDashboard({ unitId }: { unitId: string }) {
  const { t } = useI18n();
  const { permissions } = useCurrentSession();
  const messages = useDashboardMessages();
  const [searchParams, setSearchParams] = useSearchParams();
  const rounds = useQuery(roundsQuery);
  if (rounds.error) return <ErrorAlert error={rounds.error} />;
  if (!rounds.data) return <Text role="status">{t.app.loading}</Text>;
  const items = rounds.data.items;
  if (items.length === 0) return <Text>{messages.noRounds}</Text>;

  const round =
    items.find((item) => item.id === searchParams.get('dot')) ??
    items.find((item) => item.status === 'open') ??
    items[0];
  if (!round) return null;
  const level = searchParams.get('cap');
  const schoolLevel = schoolLevels.includes(level as SchoolLevel) ? (level as SchoolLevel) : null;
  const choose = (key: 'dot' | 'cap', value: string | null) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      {permissions.includes('report.review') && <ReviewQueueNotice roundId={round.id} />}
      <Group align="end" gap="md">
        <Select
          label={messages.round}
          data={items.map((item) => ({
            value: item.id,
            label: messages.roundOption(item.title, item.status === 'open'),
          }))}
          value={round.id}
          onChange={(value) => choose('dot', value)}
          allowDeselect={false}
          w={{ base: '100%', sm: 480 }}
        />
        <Select
          label={messages.schoolLevel}
          data={[
            { value: '', label: messages.anySchoolLevel },
            ...schoolLevels.map((value) => ({ value, label: t.org.schoolLevels[value] })),
          ]}
          value={schoolLevel ?? ''}
          onChange={(value) => choose('cap', value)}
          allowDeselect={false}
          w={{ base: '100%', sm: 240 }}
        />
      </Group>
      <Anchor component={Link} to={`/dot-bao-cao/${round.id}`} w="fit-content">
        {messages.roundLink}
      </Anchor>
      <RoundWidgets
        scope={{ round: round.id, unit: unitId, schoolLevel }}
        canRemind={round.abilities.remind}
      />
    </>
  );
}
