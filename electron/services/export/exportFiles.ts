import { toSafeCsv } from '../shared/csv';
import type { TableRows } from './exportTables';

/** JSON cannot hold bytes: binary values (photos) become base64 text, in JSON and CSV alike. */
const plain = (value: unknown) => (Buffer.isBuffer(value) || value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value);

export function tableJson({ rows }: TableRows): string {
  return JSON.stringify(
    rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)]))),
    null,
    1,
  );
}

export function tableCsv({ columns, rows }: TableRows): string {
  const names = columns.map((c) => c.name);
  return toSafeCsv(
    names,
    rows.map((row) => Object.fromEntries(names.map((name) => [name, plain(row[name])]))),
  );
}

/** README.md of the export: what each folder holds and every field of every table. */
export function exportReadme(tables: TableRows[], meta: { scope: string; createdAt: string; officeName: string }): string {
  const parts = [
    `# Probation Desk export: ${meta.scope}`,
    '',
    `Office: ${meta.officeName}. Exported ${meta.createdAt}.`,
    '',
    '- `json/<table>.json`: the rows of each table as an array of objects, one key per field.',
    "- `csv/<table>.csv`: the same rows as CSV (UTF-8, CRLF, a header row). Text starting with = + - @ is prefixed with `'` so spreadsheets do not run it.",
    "- `chronologies/client-<id>.docx`: each client's chronological record of contacts as a Word document.",
    '',
    'Binary fields (photos) are base64. Dates are `YYYY-MM-DD`; local times `YYYY-MM-DDTHH:mm` on the office clock; instants ISO 8601 in UTC.',
    'Fields named `*_id` refer to the `id` of the table named under "references". The audit log is a hash chain:',
    "each row's `hash` is SHA-256 of `prev_hash`, a newline and the JSON array of its other fields.",
    '',
  ];
  for (const table of tables) {
    parts.push(`## ${table.table} (${table.rows.length} rows)`, '', '| field | type | required | key | references |', '| --- | --- | --- | --- | --- |');
    for (const c of table.columns) parts.push(`| ${c.name} | ${c.type} | ${c.notNull ? 'yes' : 'no'} | ${c.primaryKey ? 'primary' : ''} | ${c.references ?? ''} |`);
    parts.push('');
  }
  return parts.join('\n');
}
