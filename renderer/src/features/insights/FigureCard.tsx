import { BarChart, LineChart } from '@mantine/charts';
import { useCurrency } from '../../api/settings';
import { Anchor, Card, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import type { InsightsFilter } from '../../../../electron/api/insights/insightsSchemas';
import { formatFigureValue } from '../../../../electron/api/insights/insightsSchemas';
import type { Figure } from '../../api/insights';
import { figureLink } from './figureLinks';

const COLORS = ['blue.6', 'orange.6', 'teal.6', 'grape.6', 'red.6', 'gray.6'];

/** The chart: a picture of the table beneath it, which screen readers and keyboard users read instead. */
function FigureChart({ figure }: { figure: Figure }) {
  const currency = useCurrency();
  // A percentage beside counts would need its own axis; it stays in the table.
  const shown = figure.series.filter((s) => s.unit !== 'percent');
  const unit = shown[0]?.unit ?? 'count';
  const data = figure.rows.map((row) => ({ label: row.label, ...Object.fromEntries(shown.map((s) => [s.key, row.values[s.key] ?? 0])) }));
  const series = shown.map((s, i) => ({ name: s.key, label: s.label, color: COLORS[i % COLORS.length] }));
  const common = { h: 220, data, dataKey: 'label', series, withLegend: series.length > 1, valueFormatter: (value: number) => formatFigureValue(value, unit, currency) };
  return (
    <div role="img" aria-label={`Chart: ${figure.title}. The same numbers are in the table below.`}>
      {figure.chart === 'line' ? (
        <LineChart {...common} curveType="linear" lineChartProps={{ accessibilityLayer: false }} />
      ) : (
        <BarChart {...common} type={figure.chart === 'stacked' ? 'stacked' : 'default'} barChartProps={{ accessibilityLayer: false }} />
      )}
    </div>
  );
}

/** One figure: title, what it counts, the chart, and the numbers as a table whose every number opens the records behind it. */
export function FigureCard({ figure, filter }: { figure: Figure; filter: InsightsFilter }) {
  const titleId = useId();
  const currency = useCurrency();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId}>
        {figure.title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {figure.description}
      </Text>
      <FigureChart figure={figure} />
      <Table.ScrollContainer minWidth={320} mt="sm">
        <Table striped withTableBorder>
          <Table.Caption>{figure.title}: the numbers; each opens the clients behind it.</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{figure.rowLabel}</Table.Th>
              {figure.series.map((s) => (
                <Table.Th key={s.key} scope="col" ta="right">
                  {s.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {figure.rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={400}>
                  {row.label}
                </Table.Th>
                {figure.series.map((s) => {
                  const value = row.values[s.key];
                  const text = formatFigureValue(value, s.unit, currency);
                  return (
                    <Table.Td key={s.key} ta="right">
                      {value ? (
                        <Anchor component={Link} to={figureLink(figure, row.key, s.key, filter)} aria-label={`${text} ${s.label.toLowerCase()}, ${row.label}: show the clients`}>
                          {text}
                        </Anchor>
                      ) : (
                        text
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
