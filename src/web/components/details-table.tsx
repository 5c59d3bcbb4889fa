import { Table } from '@mantine/core';

export interface Detail {
  label: string;
  value: string;
}

/** Facts about one thing (a unit, an account), each a labelled row; long values wrap anywhere. */
export function DetailsTable({ details }: { details: Detail[] }) {
  return (
    <Table variant="vertical" layout="fixed" withTableBorder>
      <Table.Tbody>
        {details.map(({ label, value }) => (
          <Table.Tr key={label}>
            <Table.Th w="40%">{label}</Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
