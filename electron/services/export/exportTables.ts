import type Database from 'better-sqlite3';

export interface ColumnInfo {
  name: string;
  type: string;
  notNull: boolean;
  primaryKey: boolean;
  references: string | null;
}

export interface TableRows {
  table: string;
  columns: ColumnInfo[];
  rows: Record<string, unknown>[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The tables that hold records: not SQLite's own, not the migration bookkeeping, and not the full-text indexes
 * (virtual tables and their shadow tables), which are rebuilt from the records they index.
 */
export function recordTables(sqlite: Database.Database): string[] {
  const rows = sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations' ORDER BY name").all() as {
    name: string;
    sql: string;
  }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name);
  return rows.map((r) => r.name).filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
}

export function columnsOf(sqlite: Database.Database, table: string): ColumnInfo[] {
  const keys = sqlite.prepare(`PRAGMA foreign_key_list(${quote(table)})`).all() as { table: string; from: string; to: string | null }[];
  const columns = sqlite.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string; type: string; notnull: number; pk: number }[];
  return columns.map((c) => {
    const key = keys.find((k) => k.from === c.name);
    return { name: c.name, type: c.type || 'ANY', notNull: c.notnull === 1, primaryKey: c.pk > 0, references: key ? `${key.table}.${key.to ?? 'id'}` : null };
  });
}

/** Tables with a lookup role: every row goes into a one-client export too (staff names, agencies, templates). */
const SHARED_TABLES = new Set(['users', 'agencies', 'settings', 'court_report_templates']);

/**
 * The rows of every record table, or of one client: the client's row and every row that points to it,
 * directly or through other included rows (notes → addenda, court cases → offences), plus the lookup tables.
 */
export function selectRows(sqlite: Database.Database, clientId: number | null): TableRows[] {
  const tables = recordTables(sqlite);
  const all = (table: string) => sqlite.prepare(`SELECT * FROM ${quote(table)}`).all() as Record<string, unknown>[];
  if (clientId === null) return tables.map((table) => ({ table, columns: columnsOf(sqlite, table), rows: all(table) }));

  const included = new Map<string, Record<string, unknown>[]>([['clients', sqlite.prepare('SELECT * FROM clients WHERE id = ?').all(clientId) as Record<string, unknown>[]]]);
  for (const table of tables) if (SHARED_TABLES.has(table)) included.set(table, all(table));
  const columns = new Map(tables.map((t) => [t, columnsOf(sqlite, t)]));
  // Grows the set a level at a time until no table gains rows; references point to ids of already included rows.
  for (let grew = true; grew;) {
    grew = false;
    for (const table of tables) {
      if (included.has(table)) continue;
      const links = columns.get(table)!.filter((c) => c.references && !SHARED_TABLES.has(c.references.split('.')[0]) && included.has(c.references.split('.')[0]));
      if (links.length === 0) continue;
      const where = links
        .map((link) => {
          const [parent, key] = link.references!.split('.');
          const ids = included
            .get(parent)!
            .map((row) => row[key])
            .filter((v) => v !== null && v !== undefined);
          return ids.length
            ? `${quote(link.name)} IN (${ids.map((id) => (typeof id === 'number' ? id : `'${String(id as string | bigint).replace(/'/g, "''")}'`)).join(',')})`
            : null;
        })
        .filter(Boolean);
      included.set(table, where.length ? (sqlite.prepare(`SELECT * FROM ${quote(table)} WHERE ${where.join(' OR ')}`).all() as Record<string, unknown>[]) : []);
      grew = true;
    }
  }
  // The client's own audit trail: who viewed and changed the record.
  if (tables.includes('audit_log'))
    included.set('audit_log', sqlite.prepare("SELECT * FROM audit_log WHERE entity = 'client' AND entity_id = ?").all(String(clientId)) as Record<string, unknown>[]);
  return tables.filter((t) => included.has(t)).map((table) => ({ table, columns: columns.get(table)!, rows: included.get(table)! }));
}
