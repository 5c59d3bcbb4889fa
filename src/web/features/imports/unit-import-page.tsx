import { Alert } from '@mantine/core';
import type { UnitImportReport } from '../../../contract/unit-import';
import { Page } from '../../components/page';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-provider';
import { ImportReport } from './import-report';
import { ImportSteps } from './import-steps';
import { useSpreadsheetImport } from './use-spreadsheet-import';

export function UnitImportPage() {
  const { t } = useI18n();
  const flow = useSpreadsheetImport<UnitImportReport, UnitImportReport>(
    '/api/unit-imports',
    async (result) => JSON.parse(await result.body.text()) as UnitImportReport,
  );
  const report = flow.report;
  const counts = (of: UnitImportReport) => [
    { label: t.imports.units.created, value: of.created },
    { label: t.imports.units.changed, value: of.changed },
    { label: t.imports.units.unchanged, value: of.unchanged },
    { label: t.imports.emptyRows, value: of.emptyRows },
  ];
  return (
    <Page title={t.imports.units.title}>
      <ImportSteps
        templateUrl="/api/unit-imports/template"
        flow={flow}
        canApply={report !== null && report.rejected.length === 0 && report.created + report.changed > 0}
        report={report && <ImportReport counts={counts(report)} rejected={report.rejected} />}
        result={
          flow.applied && (
            <Alert color="green" variant="light" role="status" title={t.imports.appliedTitle}>
              {t.imports.units.applied(
                formatNumber(flow.applied.created),
                formatNumber(flow.applied.changed),
                formatNumber(flow.applied.unchanged),
              )}
            </Alert>
          )
        }
      />
    </Page>
  );
}
