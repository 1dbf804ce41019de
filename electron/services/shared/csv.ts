import { stringify } from 'csv-stringify/sync';

/**
 * Characters that make a spreadsheet run a cell as a formula (OWASP CSV injection): = + - @, TAB and CR,
 * their fullwidth forms, and any of them after leading spaces, which spreadsheets skip.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Defuses a text cell by prefixing a single quote, which spreadsheets show as text and do not run. */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** CSV (RFC 4180, CRLF rows, header first) with every text cell defused against formula injection. */
export function toSafeCsv<K extends string>(columns: readonly K[], rows: readonly Record<K, unknown>[]): string {
  return stringify(
    rows.map((row) => columns.map((column) => row[column] ?? '')),
    { header: true, columns: [...columns], record_delimiter: 'windows', cast: { string: defuseFormula } },
  );
}
