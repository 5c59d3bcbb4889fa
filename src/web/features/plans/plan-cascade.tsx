import { Anchor, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { type CascadeUnitStatus, cascadeUnitStatuses } from '../../../contract/plans/cascade';
import { ScrollRegion } from '../../components/scroll-region';
import { formatNumber } from '../../i18n/format';
import { spokenUnitName } from '../org/unit-name';
import { formatIsoDate } from './plan-format';
import { cascadeQuery } from './plan-queries';
import { usePlanMessages } from './use-plan-messages';

/** How the units required to implement the plan are doing, per level, with the units in one status listed. */
export function PlanCascade({ planId }: { planId: string }) {
  const plans = usePlanMessages();
  const labels = plans.cascade;
  const [status, setStatus] = useState<CascadeUnitStatus>('not_issued');
  const cascade = useQuery({ ...cascadeQuery(planId, status), retry: false });
  // Only the issuer's side may see the status, and most plans are not cascaded: show nothing then.
  if (!cascade.data || cascade.data.expected === 0) return null;
  const { data } = cascade;
  const counts = [
    { label: labels.expected, value: data.expected },
    { label: labels.issuedOnTime, value: data.issuedOnTime },
    { label: labels.issuedLate, value: data.issuedLate },
    { label: labels.notIssued, value: data.notIssued },
  ];

  return (
    <Paper component="section" withBorder p={{ base: 'md', xs: 'lg' }} aria-labelledby="plan-cascade">
      <Stack gap="md">
        <Title order={2} size="h4" id="plan-cascade">
          {labels.title}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          {counts.map(({ label, value }) => (
            <Stack key={label} gap={0}>
              <Text size="xl" fw={700}>
                {formatNumber(value)}
              </Text>
              <Text size="sm">{label}</Text>
            </Stack>
          ))}
        </SimpleGrid>
        <ScrollRegion label={labels.byLevel}>
          <Table withTableBorder fz="sm">
            <Table.Caption>{labels.byLevel}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{labels.level}</Table.Th>
                {counts.map(({ label }) => (
                  <Table.Th key={label} scope="col" ta="right">
                    {label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.byLevel.map((level) => (
                <Table.Tr key={level.level}>
                  <Table.Th scope="row">{labels.levels[level.level] ?? level.level}</Table.Th>
                  {[level.expected, level.issuedOnTime, level.issuedLate, level.notIssued].map(
                    (value, index) => (
                      <Table.Td key={counts[index]?.label} ta="right">
                        {formatNumber(value)}
                      </Table.Td>
                    ),
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
        <Stack gap="xs">
          <Text fw={600} id="cascade-units-label">
            {labels.listed}
          </Text>
          <SegmentedControl
            aria-labelledby="cascade-units-label"
            value={status}
            onChange={(value) => setStatus(value as CascadeUnitStatus)}
            data={cascadeUnitStatuses.map((value) => ({ value, label: labels.statuses[value] }))}
            fullWidth
          />
          {data.units.length === 0 ? (
            <Text size="sm">{labels.noUnits}</Text>
          ) : (
            <Stack component="ul" gap={4} m={0} pl="md">
              {data.units.map(({ unit, dueOn, issuedOn, childPlanId }) => (
                <Text component="li" key={unit.id} size="sm">
                  {childPlanId ? (
                    <Anchor component={Link} to={`/ke-hoach/${childPlanId}`} inherit>
                      {spokenUnitName(unit.name)}
                    </Anchor>
                  ) : (
                    spokenUnitName(unit.name)
                  )}{' '}
                  — {issuedOn ? formatIsoDate(issuedOn) : `${labels.dueOn} ${formatIsoDate(dueOn)}`}
                </Text>
              ))}
            </Stack>
          )}
          {data.unitsTotal > data.units.length && (
            <Text size="sm" c="dimmed">
              {labels.moreUnits(formatNumber(data.units.length), formatNumber(data.unitsTotal))}
            </Text>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
