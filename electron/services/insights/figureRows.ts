import dayjs from 'dayjs';
import { sql, type SQL } from 'drizzle-orm';
import type { FigureQuery, RowDef } from './figureModel';

const WORDS: Record<string, string> = { psi: 'Pre-sentence investigation', general: 'No condition named', not_recorded: 'Not recorded' };

/** A stored code as words: "very_high" → "Very high", "in_custody" → "In custody". */
export function codeLabel(code: string): string {
  if (WORDS[code]) return WORDS[code];
  const words = code.replace(/_/g, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

export const codeRows = (codes: readonly string[]): RowDef[] => codes.map((key) => ({ key, label: codeLabel(key) }));

/** One row per officer in scope, keyed by id, in name order. */
export const officerRows = (q: FigureQuery): RowDef[] => q.scope.officers.map((o) => ({ key: String(o.id), label: o.fullName }));

/** The calendar months from one date's month to another's, as YYYY-MM. */
export function monthKeys(from: string, to: string): string[] {
  const keys: string[] = [];
  for (let month = dayjs(from).startOf('month'); month.format('YYYY-MM') <= to.slice(0, 7); month = month.add(1, 'month')) keys.push(month.format('YYYY-MM'));
  return keys;
}

export const monthRows = (keys: string[]): RowDef[] => keys.map((key) => ({ key, label: dayjs(`${key}-01`).format('MMM YYYY') }));

/** The 12 calendar months ending with the month of the range's end: the trend's window. */
export const trendMonths = (q: FigureQuery) => monthKeys(dayjs(q.to).subtract(11, 'month').format('YYYY-MM-DD'), q.to);

/** `column between from and to` for a YYYY-MM-DD column. */
export const onDates = (column: SQL, q: Pick<FigureQuery, 'from' | 'to'>) => sql`${column} >= ${q.from} and ${column} <= ${q.to}`;

/** The same for a local date-time column (YYYY-MM-DDTHH:mm) or a UTC instant, by its date. */
export const atTimes = (column: SQL, from: string, toNext: string) => sql`${column} >= ${from} and ${column} < ${toNext}`;

export const list = (values: readonly (string | number)[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );
