import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { SpreadsheetDownloads } from '../../components/download-buttons';
import { ErrorAlert } from '../../components/error-alert';
import { Section } from '../../components/section';
import { useI18n } from '../../i18n/i18n-provider';
import { useCurrentSession } from '../auth/session';
import { AttainmentChart } from './attainment-chart';
import { CompletenessMap } from './completeness-map';
import { CompletenessTable } from './completeness-table';
import {
  completenessQuery,
  type DashboardScope,
  outstandingQuery,
  reportsQuery,
  rollupQuery,
  tableExport,
  trendQuery,
} from './dashboard-queries';
import { OutstandingList } from './outstanding-list';
import { ReportStatusTable } from './report-status-table';
import { TrendChart } from './trend-chart';
import { useDashboardMessages } from './use-dashboard-messages';

/** A widget's data once loaded; until then a status line, or what went wrong. */
function Loaded<T>({
  query,
  children,
}: {
  query: { data: T | undefined; error: unknown };
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (query.error) return <ErrorAlert error={query.error} />;
  if (query.data === undefined) return <Text role="status">{t.app.loading}</Text>;
  return children(query.data);
}

/** The commune's schools, one row per report of the round. */
function CommuneSchools({ round }: { round: string }) {
  const messages = useDashboardMessages().communeSchools;
  const reports = useQuery(reportsQuery(round));
  return (
    <Section title={messages.title}>
      <Loaded query={reports}>
        {({ items, total }) =>
          items.length === 0 ? (
            <Text>{messages.empty}</Text>
          ) : (
            <>
              {total > items.length && <Text size="sm">{messages.shown(items.length, total)}</Text>}
              <ReportStatusTable reports={items} />
            </>
          )
        }
      </Loaded>
    </Section>
  );
}

/** Completeness per child unit as a table and on the map (for a Sở or the ministry). */
function Completeness({ scope, national }: { scope: DashboardScope; national: boolean }) {
  const messages = useDashboardMessages();
  const completeness = useQuery(completenessQuery(scope));
  return (
    <>
      <Section title={messages.completeness.title}>
        <Loaded query={completeness}>
          {(data) => (
            <>
              <CompletenessTable
                completeness={data}
                caption={national ? messages.completeness.byProvince : messages.completeness.byCommune}
              />
              <SpreadsheetDownloads href={(format) => tableExport('completeness', scope, format)} />
            </>
          )}
        </Loaded>
      </Section>
      <Section title={messages.map.title}>
        <Loaded query={completeness}>{(data) => <CompletenessMap completeness={data} />}</Loaded>
      </Section>
    </>
  );
}

/** Everything a reviewing unit watches in one round, over its own subtree, with reminders where the server offers them. */
export function RoundWidgets({ scope, canRemind }: { scope: DashboardScope; canRemind: boolean }) {
  const messages = useDashboardMessages();
  const { user } = useCurrentSession();
  const rollup = useQuery(rollupQuery(scope));
  const trend = useQuery(trendQuery(scope));
  const outstanding = useQuery(outstandingQuery(scope));
  const kind = user.unit?.kind;
  return (
    <>
      {kind === 'commune' ? (
        <CommuneSchools round={scope.round} />
      ) : (
        <Completeness scope={scope} national={kind === 'ministry'} />
      )}
      <Section title={messages.attainment.title}>
        <Loaded query={rollup}>{(data) => <AttainmentChart rollup={data} />}</Loaded>
      </Section>
      <Section title={messages.trend.title}>
        <Loaded query={trend}>{(data) => <TrendChart trend={data} />}</Loaded>
      </Section>
      <Section title={messages.outstanding.title}>
        <Loaded query={outstanding}>
          {(data) => (
            <>
              <OutstandingList
                key={`${scope.round}:${scope.unit}:${scope.schoolLevel}`}
                roundId={scope.round}
                outstanding={data}
                canRemind={canRemind}
                filtered={scope.schoolLevel !== null}
              />
              {data.total > 0 && (
                <SpreadsheetDownloads href={(format) => tableExport('outstanding', scope, format)} />
              )}
            </>
          )}
        </Loaded>
      </Section>
    </>
  );
}
