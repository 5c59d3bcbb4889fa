import { Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import type { Report } from '../../contract/reporting/reports';
import { isNotFoundError } from '../api/api-error';
import { DocumentDownloads } from '../components/document-downloads';
import { ErrorAlert } from '../components/error-alert';
import { Page } from '../components/page';
import { spokenUnitName } from '../features/org/unit-name';
import { ReportActions } from '../features/reporting/report-actions';
import { ReportConsolidation } from '../features/reporting/report-consolidation';
import { noEditor } from '../features/reporting/report-draft';
import { ReportEditor } from '../features/reporting/report-editor';
import { ReportEvidence } from '../features/reporting/report-evidence';
import { ReportHeader } from '../features/reporting/report-header';
import { ReportOfflineWork } from '../features/reporting/report-offline-work';
import { ReportReader } from '../features/reporting/report-reader';
import { reportingKeys, reportQuery } from '../features/reporting/reporting-queries';
import { useReportToolsMessages } from '../features/reporting/use-report-tools-messages';
import { useReportingMessages } from '../features/reporting/use-reporting-messages';
import { NotFoundPage } from './not-found-page';

/** One report: who, which round, by when, how far its review got, and the form to fill or read. */
export function ReportPage() {
  const { id = '' } = useParams();
  const reporting = useReportingMessages();
  const tools = useReportToolsMessages();
  const queryClient = useQueryClient();
  const report = useQuery(reportQuery(id));
  // Bumped when the person drops what they typed for a colleague's newer save.
  const [reloads, setReloads] = useState(0);
  const editor = useRef(noEditor);

  if (isNotFoundError(report.error)) return <NotFoundPage />;
  if (!report.data) {
    return (
      <Page title={reporting.list.title}>
        {report.isError ? (
          <ErrorAlert error={report.error} />
        ) : (
          <Group gap="xs" role="status">
            <Loader size="sm" />
            <Text size="sm">{reporting.report.loading}</Text>
          </Group>
        )}
      </Page>
    );
  }
  const current = report.data;
  const reread = () => queryClient.refetchQueries({ queryKey: reportingKeys.report(id), exact: true });
  const takeTheirs = async () => {
    await reread();
    setReloads((count) => count + 1);
  };
  const currentVersion = () =>
    queryClient.getQueryData<Report>(reportingKeys.report(id))?.version ?? current.version;
  const showReplaced = (replaced: Report) => {
    queryClient.setQueryData(reportingKeys.report(id), replaced);
    setReloads((count) => count + 1);
  };
  return (
    <Page title={reporting.report.title(spokenUnitName(current.unit.name))}>
      <Stack gap="md">
        <ReportHeader report={current} />
        <DocumentDownloads path={`/api/reports/${current.id}/document`} labels={tools.document} />
        <ReportConsolidation
          report={current}
          currentVersion={currentVersion}
          beforeConsolidate={() => editor.current.flush()}
          onConsolidated={showReplaced}
        />
        {current.abilities.edit ? (
          <ReportEditor
            key={`${current.status}:${reloads}`}
            report={current}
            onTakeTheirs={takeTheirs}
            handleRef={editor}
          />
        ) : (
          <ReportReader report={current} />
        )}
        <ReportEvidence report={current} onChanged={reread} />
        <ReportActions report={current} prepareSubmission={() => editor.current.handOver()} />
        {current.abilities.edit && (
          <ReportOfflineWork
            reportId={current.id}
            currentVersion={currentVersion}
            beforeApply={() => editor.current.flush()}
            onReportChanged={takeTheirs}
          />
        )}
      </Stack>
    </Page>
  );
}
