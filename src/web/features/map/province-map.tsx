import { Box, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-provider';
import classes from './province-map.module.css';
import type { ProvinceShapes } from './province-shapes';
import { noValueShade, shadeFor, valueClasses } from './shading';

export interface ProvinceMapProps {
  shapes: ProvinceShapes;
  /** What the map shows, as a title for its legend and table ("Số xã, phường"). */
  valueLabel: string;
  /** A value per province code; each province is shaded by its value, grey without one. */
  values: Record<string, number>;
  formatValue: (value: number) => string;
  /** The page a province links to, e.g. its department's; none for a province without one. */
  linkFor: (code: string) => string | undefined;
  /** A fixed scale for the shades (0–100 for percentages); the values' own range otherwise. */
  scale?: { min: number; max: number };
}

/** An accessible legend: a swatch (decoration) and the range it stands for (text) per class. */
function Legend({ title, entries }: { title: string; entries: { shade: string; text: string }[] }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {entries.map(({ shade, text }) => (
          <li key={text}>
            <Group gap="xs" wrap="nowrap">
              <span className={classes.swatch} style={{ background: shade }} aria-hidden />
              <Text size="sm">{text}</Text>
            </Group>
          </li>
        ))}
      </ul>
    </Stack>
  );
}

/**
 * The 34 provinces drawn from simplified outlines: each a link that can be reached with Tab, named and
 * valued on hover or focus, with a legend and, for those who cannot use the map, the same data as a table.
 */
export function ProvinceMap({ shapes, valueLabel, values, formatValue, linkFor, scale }: ProvinceMapProps) {
  const { t } = useI18n();
  const [activeCode, setActiveCode] = useState<string | null>(null);
  const valueClassList = valueClasses(Object.values(values), scale);
  const active = shapes.provinces.find((province) => province.code === activeCode);
  const describe = (code: string, name: string) => {
    const value = values[code];
    return `${name} — ${valueLabel}: ${value === undefined ? t.map.noValue : formatValue(value)}`;
  };
  const legend = [
    ...valueClassList.map(({ from, to, shade }) => ({
      shade,
      text: t.map.range(formatValue(Math.round(from)), formatValue(Math.round(to))),
    })),
    ...(shapes.provinces.some(({ code }) => values[code] === undefined)
      ? [{ shade: noValueShade, text: t.map.noValue }]
      : []),
  ];

  return (
    <Stack gap="md">
      <Paper component="figure" withBorder p="xs" m={0} aria-label={t.map.label(valueLabel)}>
        <Text size="sm" fw={600} mih="1.5em" aria-hidden>
          {active ? describe(active.code, active.name) : t.map.pointHint}
        </Text>
        <svg className={classes.map} viewBox={`0 0 ${shapes.width} ${shapes.height}`}>
          <title>{t.map.label(valueLabel)}</title>
          {shapes.provinces.map(({ code, name, path }) => {
            const link = linkFor(code);
            const shape = <path key={code} d={path} fill={shadeFor(values[code], valueClassList)} />;
            const events = {
              onMouseEnter: () => setActiveCode(code),
              onMouseLeave: () => setActiveCode((current) => (current === code ? null : current)),
              onFocus: () => setActiveCode(code),
              onBlur: () => setActiveCode((current) => (current === code ? null : current)),
            };
            return link ? (
              <Link
                key={code}
                to={link}
                className={classes.province}
                aria-label={describe(code, name)}
                {...events}
              >
                {shape}
              </Link>
            ) : (
              <g key={code} className={classes.province} {...events}>
                {shape}
              </g>
            );
          })}
          {active && <path className={classes.highlight} d={active.path} aria-hidden />}
          <g aria-hidden>
            <text
              className={classes.archipelago}
              x={shapes.archipelagos.hoangSa[0]}
              y={shapes.archipelagos.hoangSa[1]}
            >
              {t.map.hoangSa}
            </text>
            <text
              className={classes.archipelago}
              x={shapes.archipelagos.truongSa[0]}
              y={shapes.archipelagos.truongSa[1]}
            >
              {t.map.truongSa}
            </text>
          </g>
        </svg>
      </Paper>
      <Legend title={valueLabel} entries={legend} />
      <Box component="details">
        <Text component="summary" fw={600} style={{ cursor: 'pointer' }} py="xs">
          {t.map.showTable}
        </Text>
        <Table striped withTableBorder mt="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.map.province}</Table.Th>
              <Table.Th scope="col" ta="right">
                {valueLabel}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shapes.provinces.map(({ code, name }) => {
              const link = linkFor(code);
              const value = values[code];
              return (
                <Table.Tr key={code}>
                  <Table.Th scope="row" fw={400}>
                    {link ? <Link to={link}>{name}</Link> : name}
                  </Table.Th>
                  <Table.Td ta="right">{value === undefined ? t.map.noValue : formatValue(value)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Box>
    </Stack>
  );
}
