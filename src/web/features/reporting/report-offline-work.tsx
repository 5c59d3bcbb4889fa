import { Alert } from '@mantine/core';
import type { ReportImportResult } from '../../../contract/reporting/report-import';
import { ApiError } from '../../api/api-error';
import { Section } from '../../components/section';
import { formatNumber } from '../../i18n/format';
import { ImportSteps } from '../imports/import-steps';
import type { UploadResult } from '../imports/upload-file';
import { useSpreadsheetImport } from '../imports/use-spreadsheet-import';
import { ReportImportCheck } from './report-import-check';
import { useReportToolsMessages } from './use-report-tools-messages';

interface ReportOfflineWorkProps {
  reportId: string;
  /** The version of the report as last read or saved, which the file is applied over. */
  currentVersion: () => number;
  /** Saves what is typed on the page first, so the file is applied over the latest version. */
  beforeApply: () => Promise<unknown>;
  /** Reads the report again after the file changed it (or a newer version turned up). */
  onReportChanged: () => Promise<unknown>;
}

const isVersionConflict = (failure: unknown) =>
  failure instanceof ApiError && failure.code === 'version_conflict';

const readResult = async (result: UploadResult) => JSON.parse(await result.body.text()) as ReportImportResult;

/**
 * Offline work on a report: its template to download with the current figures, and the filled
 * file checked cell by cell before it replaces the report's values.
 */
export function ReportOfflineWork({
  reportId,
  currentVersion,
  beforeApply,
  onReportChanged,
}: ReportOfflineWorkProps) {
  const labels = useReportToolsMessages().offline;
  const flow = useSpreadsheetImport<ReportImportResult, ReportImportResult>(
    `/api/reports/${reportId}/import`,
    async (result) => {
      const applied = await readResult(result);
      await onReportChanged();
      return applied;
    },
    () => ({ version: currentVersion() }),
  );
  const conflict = isVersionConflict(flow.error);

  return (
    <Section title={labels.title}>
      <ImportSteps
        templateUrl={`/api/reports/${reportId}/template`}
        texts={{ templateIntro: labels.intro, chooseFile: labels.chooseFile }}
        flow={{
          ...flow,
          error: conflict ? null : flow.error,
          apply: async () => {
            await beforeApply();
            const failure = await flow.apply();
            if (isVersionConflict(failure)) await onReportChanged();
            return failure;
          },
        }}
        canApply={flow.report !== null && flow.report.errors.length === 0}
        report={
          <>
            {conflict && (
              <Alert color="orange" variant="light" role="alert">
                {labels.conflict}
              </Alert>
            )}
            {flow.report && <ReportImportCheck result={flow.report} />}
          </>
        }
        result={
          flow.applied && (
            <Alert color="green" variant="light" role="status">
              {labels.applied(
                formatNumber(flow.applied.fieldsFilled),
                formatNumber(flow.applied.fieldsCleared),
              )}
            </Alert>
          )
        }
      />
    </Section>
  );
}
