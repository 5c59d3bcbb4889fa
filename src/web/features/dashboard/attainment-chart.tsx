import { Box, Group, Stack, Table, Text } from '@mantine/core';
import type { Rollup } from '../../../contract/reporting/reports';
import { meetsTarget } from '../../../contract/reporting/target-attainment';
import { ScrollRegion } from '../../components/scroll-region';
import { formatNumber } from '../../i18n/format';
import classes from './chart.module.css';
import { barColours, colourOf } from './chart-colours';
import { formatIndicatorValue, scaleMaximum } from './dashboard-format';
import { TableHead } from './table-head';
import { useDashboardMessages } from './use-dashboard-messages';

type Indicator = Rollup['indicators'][number];

const WIDTH = 300;
const HEIGHT = 18;

/** One indicator's bar on its own scale, with the target as a black line across it. */
function Bar({ indicator }: { indicator: Indicator }) {
  const { type, value, target, targetIsCeiling } = indicator;
  const maximum = scaleMaximum(type, [value, target]);
  const x = (figure: number) => (Math.min(figure, maximum) / maximum) * WIDTH;
  return (
    <svg className={classes.bars} viewBox={`0 0 ${WIDTH} ${HEIGHT + 6}`} aria-hidden>
      <rect x={0} y={3} width={WIDTH} height={HEIGHT} fill="#f1f3f5" />
      {value !== null && (
        <rect x={0} y={3} width={x(value)} height={HEIGHT} fill={colourOf(value, target, targetIsCeiling)} />
      )}
      {target !== null && (
        // Kept whole inside the chart at 0 (a target of Không) and at the top of the scale.
        <rect
          x={Math.min(Math.max(x(target) - 1.5, 0), WIDTH - 3)}
          y={0}
          width={3}
          height={HEIGHT + 6}
          fill="#000"
        />
      )}
    </svg>
  );
}

/**
 * Each indicator's aggregate against its target, as bars with a target line; the chart is drawn for
 * the eye, and the same figures follow as a sentence and as a table for everyone else.
 */
export function AttainmentChart({ rollup }: { rollup: Rollup }) {
  const messages = useDashboardMessages();
  const labels = messages.attainment;
  const indicators = rollup.indicators.filter((indicator) => indicator.type !== 'text');
  if (indicators.length === 0) return <Text>{labels.empty}</Text>;
  const withTarget = indicators.filter((indicator) => indicator.target !== null);
  const met = withTarget.filter(
    ({ value, target, targetIsCeiling }) =>
      value !== null && target !== null && meetsTarget(value, target, targetIsCeiling),
  );
  const shown = (indicator: Indicator, figure: number | null, none: string) =>
    figure === null ? none : formatIndicatorValue(indicator.type, figure);

  return (
    <Stack gap="md">
      <Text>
        {labels.summary(met.length, withTarget.length)}{' '}
        {labels.basis(indicators[0]?.unitsReported ?? 0, indicators[0]?.unitsExpected ?? 0)}
      </Text>
      <ul className={classes.legend} aria-hidden>
        <li>
          <span className={classes.swatch} style={{ background: barColours.met }} />
          {labels.met}
        </li>
        <li>
          <span className={classes.swatch} style={{ background: barColours.notMet }} />
          {labels.notMet}
        </li>
        <li>
          <span className={classes.swatch} style={{ background: barColours.noTarget }} />
          {labels.noTarget}
        </li>
        <li>
          <span className={classes.targetSwatch} />
          {labels.targetLine}
        </li>
      </ul>
      <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={labels.chartLabel}>
        {indicators.map((indicator) => (
          <li key={indicator.indicatorId}>
            <Text size="sm" fw={600}>
              {indicator.label}
            </Text>
            <Group gap="xs" wrap="nowrap" align="center">
              <Box flex={1} miw={0}>
                <Bar indicator={indicator} />
              </Box>
              <Text size="sm" w="11rem" ta="right" style={{ flexShrink: 0 }}>
                {shown(indicator, indicator.value, labels.noValue)}
                {indicator.target !== null && ` / ${shown(indicator, indicator.target, '')}`}
              </Text>
            </Group>
          </li>
        ))}
      </Stack>
      <Box component="details">
        <Text component="summary" fw={600} style={{ cursor: 'pointer' }} py="xs">
          {labels.showTable}
        </Text>
        <ScrollRegion label={labels.table} rowNames>
          <Table striped withTableBorder miw={640} mt="xs">
            <TableHead
              columns={[
                { label: labels.indicator },
                { label: labels.value, figure: true },
                { label: labels.target, figure: true },
                { label: labels.reported, figure: true },
                { label: labels.meeting, figure: true },
              ]}
            />
            <Table.Tbody>
              {indicators.map((indicator) => (
                <Table.Tr key={indicator.indicatorId}>
                  <Table.Th scope="row" fw={400}>
                    {indicator.label}
                  </Table.Th>
                  <Table.Td ta="right">{shown(indicator, indicator.value, labels.noValue)}</Table.Td>
                  <Table.Td ta="right">{shown(indicator, indicator.target, labels.noTarget)}</Table.Td>
                  <Table.Td ta="right">
                    {formatNumber(indicator.unitsReported)}/{formatNumber(indicator.unitsExpected)}
                  </Table.Td>
                  <Table.Td ta="right">
                    {indicator.unitsMeetingTarget === null
                      ? messages.dash
                      : formatNumber(indicator.unitsMeetingTarget)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      </Box>
    </Stack>
  );
}
