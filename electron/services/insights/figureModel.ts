import { sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import type { FigureId, Unit } from '../../api/insights/insightsSchemas';
import type { ChartKind, Figure, FigureDrill } from '../../api/insights/insightsWire';
import type { InsightsScope } from './insightsScope';

/** Everything a figure's queries need: the scope's officers and the dates, on the office clock. */
export interface FigureQuery {
  db: DbExecutor;
  scope: InsightsScope;
  from: string;
  to: string;
  /** The day after `to`, for local date-times (YYYY-MM-DDTHH:mm), which compare as strings: `< toNext`. */
  toNext: string;
  today: string;
  now: Date;
  /** Results shared between figures of one request (the contact standings). */
  memo: Map<string, unknown>;
}

/** One record behind a number: the client it belongs to, the figure row it counts in, and what it adds. */
export interface SourceRow {
  clientId: number;
  key: string;
  amount: number;
}

/**
 * Where a series' records come from: SQL selecting `client_id`, `key` and `amount` (aggregated and drilled into in
 * SQL, so large tables never come into memory), or rows computed in code from services that are not SQL.
 */
export type Source = SQL | SourceRow[];

export interface SeriesDef {
  key: string;
  label: string;
  unit: Unit;
  /** count: the records; sum: their amounts; avg: the mean amount; ratio: 100 × one series over another. */
  measure: 'count' | 'sum' | 'avg' | 'ratio';
  source?: (q: FigureQuery) => Source;
  ratio?: { numerator: string; denominator: string };
}

export interface RowDef {
  key: string;
  label: string;
}

export interface FigureDef {
  id: FigureId;
  title: string;
  description: string;
  chart: ChartKind;
  /** What the rows are ("Supervision level", "Month"): the table's first column. */
  rowLabel: string;
  /** The rows in order; rows a series finds beyond them are added after, labelled by `label`. */
  rows: (q: FigureQuery) => RowDef[];
  label?: (key: string) => string;
  series: SeriesDef[];
  drill: FigureDrill;
}

interface Totals {
  n: number;
  total: number;
}

function totalsByKey(db: DbExecutor, source: Source): Map<string, Totals> {
  if (Array.isArray(source)) {
    const totals = new Map<string, Totals>();
    for (const row of source) {
      const t = totals.get(row.key);
      if (t) {
        t.n += 1;
        t.total += row.amount;
      } else totals.set(row.key, { n: 1, total: row.amount });
    }
    return totals;
  }
  const rows = db.all<{ key: string; n: number; total: number }>(sql`select s.key as key, count(*) as n, total(s.amount) as total from (${source}) s group by s.key`);
  return new Map(rows.map((r) => [String(r.key), { n: r.n, total: r.total }]));
}

const round = (value: number) => Math.round(value * 100) / 100;

function valueOf(series: SeriesDef, totals: Totals | undefined): number | null {
  if (series.measure === 'count') return totals?.n ?? 0;
  if (series.measure === 'sum') return round(totals?.total ?? 0);
  return totals && totals.n > 0 ? round(totals.total / totals.n) : null;
}

/** Runs a figure's series and lays the numbers out by row, in the figure's row order. */
export function computeFigure(def: FigureDef, q: FigureQuery): Figure {
  const results = new Map<string, Map<string, Totals>>();
  for (const series of def.series) if (series.source) results.set(series.key, totalsByKey(q.db, series.source(q)));
  const rows = def.rows(q);
  const known = new Set(rows.map((r) => r.key));
  for (const totals of results.values()) {
    for (const key of [...totals.keys()].sort()) {
      if (!known.has(key)) {
        known.add(key);
        rows.push({ key, label: def.label ? def.label(key) : key });
      }
    }
  }
  return {
    id: def.id,
    title: def.title,
    description: def.description,
    chart: def.chart,
    rowLabel: def.rowLabel,
    drill: def.drill,
    series: def.series.map(({ key, label, unit }) => ({ key, label, unit })),
    rows: rows.map((row) => {
      const values: Record<string, number | null> = {};
      for (const series of def.series) {
        if (series.ratio) {
          const num = values[series.ratio.numerator] ?? 0;
          const den = values[series.ratio.denominator] ?? 0;
          values[series.key] = den > 0 ? round((100 * num) / den) : null;
        } else values[series.key] = valueOf(series, results.get(series.key)?.get(row.key));
      }
      return { ...row, values };
    }),
  };
}

/** The clients whose records make up one number, with how many records and how much each adds. */
export function recordsBehind(q: FigureQuery, source: Source, key: string): { clientId: number; records: number; amount: number }[] {
  if (Array.isArray(source)) {
    const byClient = new Map<number, { clientId: number; records: number; amount: number }>();
    for (const row of source.filter((r) => r.key === key)) {
      const entry = byClient.get(row.clientId) ?? { clientId: row.clientId, records: 0, amount: 0 };
      byClient.set(row.clientId, { clientId: row.clientId, records: entry.records + 1, amount: round(entry.amount + row.amount) });
    }
    return [...byClient.values()];
  }
  return q.db
    .all<{ clientId: number; records: number; amount: number }>(
      sql`select s.client_id as clientId, count(*) as records, total(s.amount) as amount from (${source}) s where s.key = ${key} group by s.client_id`,
    )
    .map((r) => ({ ...r, amount: round(r.amount) }));
}
