import { Alert, Stack, Table, Title } from '@mantine/core';
import type { ReportImportResult } from '../../../contract/reporting/report-import';
import { formatNumber } from '../../i18n/format';
import { ImportCounts } from '../imports/import-counts';
import { useReportToolsMessages } from './use-report-tools-messages';

/** What a filled template would do to the report, or each refused cell with its reason. */
export function ReportImportCheck({ result }: { result: ReportImportResult }) {
  const labels = useReportToolsMessages().offline;
  const counts = [
    { label: labels.fieldsFilled, value: result.fieldsFilled },
    { label: labels.fieldsCleared, value: result.fieldsCleared },
    { label: labels.refused, value: result.errors.length },
  ];
  return (
    <Stack gap="md">
      <Title order={3}>{labels.checkTitle}</Title>
      <ImportCounts counts={counts} />
      {result.errors.length === 0 ? (
        <Alert color="green" variant="light" role="status">
          {labels.allValid}
        </Alert>
      ) : (
        <>
          <Alert color="red" variant="light" role="status">
            {labels.someRefused(formatNumber(result.errors.length))}
          </Alert>
          <Table striped withTableBorder layout="auto">
            <Table.Caption>{labels.refusedCaption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{labels.cell}</Table.Th>
                <Table.Th scope="col">{labels.message}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.errors.map((error) => (
                <Table.Tr key={`${error.cell}-${error.message}`}>
                  <Table.Td>{error.cell}</Table.Td>
                  <Table.Td>{error.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
