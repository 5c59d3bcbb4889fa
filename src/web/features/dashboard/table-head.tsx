import { Table } from '@mantine/core';

/** A table's column headings; figures are right-aligned like their cells. */
export function TableHead({ columns }: { columns: { label: string; figure?: boolean }[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map(({ label, figure }) => (
          <Table.Th key={label} scope="col" ta={figure ? 'right' : undefined}>
            {label}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}
