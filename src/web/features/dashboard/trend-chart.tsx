import { Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { IndicatorTrend } from '../../../contract/reporting/dashboards';
import { ScrollRegion } from '../../components/scroll-region';
import classes from './chart.module.css';
import { colourOf } from './chart-colours';
import { formatIndicatorValue, scaleMaximum } from './dashboard-format';
import { TableHead } from './table-head';
import { useDashboardMessages } from './use-dashboard-messages';

const SLOT = 60;
const HEIGHT = 120;
const LABEL = 18;

/** One column per round, its height the value, with the year's target as a black line. */
function Columns({ indicator }: { indicator: IndicatorTrend['indicators'][number] }) {
  const { points, type } = indicator;
  const maximum = scaleMaximum(
    type,
    points.flatMap((point) => [point.value, point.target]),
  );
  const y = (figure: number) => HEIGHT - (Math.min(figure, maximum) / maximum) * HEIGHT;
  const width = Math.max(points.length, 3) * SLOT;
  return (
    <svg
      className={classes.bars}
      viewBox={`0 0 ${width} ${HEIGHT + LABEL}`}
      style={{ maxWidth: `${width * 1.5}px` }}
      aria-hidden
    >
      <line x1={0} x2={width} y1={HEIGHT} y2={HEIGHT} stroke="#495057" />
      {points.map((point, index) => {
        const left = index * SLOT + SLOT * 0.2;
        return (
          <g key={point.round}>
            {point.value !== null && (
              <rect
                x={left}
                y={y(point.value)}
                width={SLOT * 0.6}
                height={HEIGHT - y(point.value)}
                fill={colourOf(point.value, point.target, point.targetIsCeiling)}
              />
            )}
            {point.target !== null && (
              <rect x={left - 4} y={y(point.target) - 1.5} width={SLOT * 0.6 + 8} height={3} fill="#000" />
            )}
            <text x={left + SLOT * 0.3} y={HEIGHT + LABEL - 4} textAnchor="middle" fontSize={12}>
              {point.targetYear}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The chosen indicator year by year across the rounds of its plan: chart, sentence and table. */
export function TrendChart({ trend }: { trend: IndicatorTrend }) {
  const messages = useDashboardMessages();
  const labels = messages.trend;
  const indicators = trend.indicators.filter((indicator) => indicator.points.length > 0);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const indicator = indicators.find((item) => item.indicatorId === chosenId) ?? indicators[0];
  if (!indicator) return <Text>{labels.empty}</Text>;
  const titleOf = new Map(trend.rounds.map((round) => [round.id, round.title]));
  const shown = (figure: number | null, none: string) =>
    figure === null ? none : formatIndicatorValue(indicator.type, figure);
  // The sentence speaks of the rounds with a figure; a round nobody has reported in yet has none.
  const measured = indicator.points.flatMap(({ targetYear, value }) =>
    value === null ? [] : [{ targetYear, value }],
  );
  const describe = (point: (typeof measured)[number] | undefined) =>
    point ? `${point.targetYear}: ${formatIndicatorValue(indicator.type, point.value)}` : '';

  return (
    <Stack gap="md">
      <Select
        label={labels.indicator}
        data={indicators.map((item) => ({ value: item.indicatorId, label: item.label }))}
        value={indicator.indicatorId}
        onChange={setChosenId}
        allowDeselect={false}
        maw={640}
      />
      <Text>
        {labels.summary(indicator.label, measured.length, describe(measured[0]), describe(measured.at(-1)))}
      </Text>
      <figure style={{ margin: 0 }} aria-label={labels.chartLabel(indicator.label)}>
        <Columns indicator={indicator} />
        <Text component="figcaption" size="sm">
          {labels.legendValue} · {labels.legendTarget}
        </Text>
      </figure>
      <ScrollRegion label={labels.chartLabel(indicator.label)}>
        <Table striped withTableBorder miw={480}>
          <TableHead
            columns={[
              { label: labels.year },
              { label: labels.round },
              { label: labels.value, figure: true },
              { label: labels.target, figure: true },
            ]}
          />
          <Table.Tbody>
            {indicator.points.map((point) => (
              <Table.Tr key={point.round}>
                <Table.Th scope="row" fw={400}>
                  {point.targetYear}
                </Table.Th>
                <Table.Td>{titleOf.get(point.round)}</Table.Td>
                <Table.Td ta="right">{shown(point.value, messages.attainment.noValue)}</Table.Td>
                <Table.Td ta="right">{shown(point.target, messages.attainment.noTarget)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Stack>
  );
}
