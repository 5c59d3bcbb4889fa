import { Alert, Button, Stack, Text } from '@mantine/core';
import { STAFF_IMPORT_CREATED_HEADER, type StaffImportReport } from '../../../contract/staff-import';
import { Page } from '../../components/page';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-provider';
import { ImportReport } from './import-report';
import { ImportSteps } from './import-steps';
import { saveFile } from './upload-file';
import { useSpreadsheetImport } from './use-spreadsheet-import';

const PASSWORDS_FILE = 'Mật khẩu tạm thời.xlsx';

export function StaffImportPage() {
  const { t } = useI18n();
  // The passwords exist only in this page's memory: the server never shows them again.
  const flow = useSpreadsheetImport<StaffImportReport, { created: number; passwords: Blob }>(
    '/api/staff-imports',
    async (result) => {
      saveFile(result.body, PASSWORDS_FILE);
      return { created: Number(result.headers(STAFF_IMPORT_CREATED_HEADER)), passwords: result.body };
    },
  );
  const report = flow.report;
  return (
    <Page title={t.imports.staff.title}>
      <Text maw="65ch">{t.imports.staff.intro}</Text>
      <ImportSteps
        templateUrl="/api/staff-imports/template"
        flow={flow}
        canApply={report !== null && report.rejected.length === 0 && report.created > 0}
        report={
          report && (
            <ImportReport
              counts={[
                { label: t.imports.staff.created, value: report.created },
                { label: t.imports.emptyRows, value: report.emptyRows },
              ]}
              rejected={report.rejected}
            />
          )
        }
        result={
          flow.applied && (
            <Stack gap="md">
              <Alert color="green" variant="light" role="status" title={t.imports.appliedTitle}>
                {t.imports.staff.applied(formatNumber(flow.applied.created))}
              </Alert>
              <Alert color="yellow" variant="light">
                {t.imports.staff.passwordsOnce}
              </Alert>
              <Button
                variant="light"
                onClick={() => flow.applied && saveFile(flow.applied.passwords, PASSWORDS_FILE)}
                w={{ base: '100%', xs: 'auto' }}
              >
                {t.imports.staff.downloadAgain}
              </Button>
            </Stack>
          )
        }
      />
    </Page>
  );
}
