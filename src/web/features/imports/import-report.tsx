import { Alert, Stack, Table, Title } from '@mantine/core';
import type { ImportRejection } from '../../../contract/spreadsheet';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-provider';
import { ImportCounts } from './import-counts';

interface ImportReportProps {
  counts: { label: string; value: number }[];
  rejected: ImportRejection[];
}

/** The counts of a checked file and, when rows are rejected, a table of each with its reason. */
export function ImportReport({ counts, rejected }: ImportReportProps) {
  const { t } = useI18n();
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t.imports.reportTitle}
      </Title>
      <ImportCounts counts={[...counts, { label: t.imports.rejected, value: rejected.length }]} />
      {rejected.length === 0 ? (
        <Alert color="green" variant="light" role="status">
          {t.imports.nothingRejected}
        </Alert>
      ) : (
        <>
          <Alert color="red" variant="light" role="status">
            {t.imports.someRejected(formatNumber(rejected.length))}
          </Alert>
          <Table striped withTableBorder layout="auto">
            <Table.Caption>{t.imports.rejectedCaption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.imports.row}</Table.Th>
                <Table.Th scope="col">{t.imports.column}</Table.Th>
                <Table.Th scope="col">{t.imports.reason}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rejected.map((item) => (
                <Table.Tr key={`${item.row}-${item.column}-${item.reason}`}>
                  <Table.Td>{formatNumber(item.row)}</Table.Td>
                  <Table.Td>{item.column ?? '—'}</Table.Td>
                  <Table.Td>{item.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
