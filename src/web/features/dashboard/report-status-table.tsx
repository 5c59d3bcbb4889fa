import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import { ScrollRegion } from '../../components/scroll-region';
import { formatDate } from '../../i18n/format';
import { formatIsoDate } from '../plans/plan-format';
import type { ReportSummary } from '../reporting/reporting-queries';
import { ReportState } from './report-state';
import { TableHead } from './table-head';
import { useDashboardMessages } from './use-dashboard-messages';

/** The reports of a commune's schools with their deadline and status, each linking to the report. */
export function ReportStatusTable({ reports }: { reports: ReportSummary[] }) {
  const messages = useDashboardMessages();
  const labels = messages.communeSchools;
  return (
    <ScrollRegion label={labels.table} rowNames>
      <Table striped withTableBorder miw={560}>
        <TableHead
          columns={[
            { label: labels.unit },
            { label: labels.status },
            { label: labels.dueOn },
            { label: labels.submittedAt },
          ]}
        />
        <Table.Tbody>
          {reports.map((report) => (
            <Table.Tr key={report.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/bao-cao/${report.id}`}>
                  {report.unit.name}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <ReportState report={report} />
              </Table.Td>
              <Table.Td>{formatIsoDate(report.dueOn)}</Table.Td>
              <Table.Td>
                {report.submittedAt ? formatDate(new Date(report.submittedAt)) : messages.dash}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
