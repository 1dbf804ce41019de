import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openEncryptedDatabase, type OpenDatabase } from '../../db/open';
import { settings } from '../../db/schema';
import { watchQueries } from '../../db/statementCache';
import { useTempDirs } from '../fixtures/tempDirs';
import { MIGRATIONS_FOLDER } from '../fixtures/tempOffice';

const tempDir = useTempDirs();
let open: OpenDatabase | undefined;

afterEach(() => open?.sqlite.close());

function openOffice(): OpenDatabase {
  open = openEncryptedDatabase(path.join(tempDir('db'), 'probation.db'), { key: randomBytes(32), migrationsFolder: MIGRATIONS_FOLDER });
  return open;
}

describe('the connection keeps compiled statements', () => {
  it("hands drizzle the statement it compiled before for the same SQL, and the connection's own prepare a new one", () => {
    const { sqlite, db } = openOffice();
    const client = (db as unknown as { $client: Database.Database }).$client;
    const source = 'select key from settings where key = ?';
    expect(client.prepare(source)).toBe(client.prepare(source));
    expect(client.prepare('select value from settings where key = ?')).not.toBe(client.prepare(source));
    expect(sqlite.prepare(source)).not.toBe(client.prepare(source));
  });

  it('answers rows as objects after drizzle ran the same statement for arrays', () => {
    const { db } = openOffice();
    db.insert(settings).values({ key: 'office', value: 'Springfield', updatedAt: '2026-12-03T10:00:00.000Z' }).run();
    const query = sql`select key, value from settings where key = ${'office'}`;
    expect(db.values(query)).toEqual([['office', '"Springfield"']]);
    expect(db.all(query)).toEqual([{ key: 'office', value: '"Springfield"' }]);
    expect(db.get(query)).toEqual({ key: 'office', value: '"Springfield"' });
  });

  it('tells a watcher every statement it runs with its values, cached or not, until it stops watching', () => {
    const { db } = openOffice();
    const seen: [string, unknown[]][] = [];
    const stop = watchQueries(db, (query, params) => seen.push([query, params]));
    for (const key of ['a', 'b']) db.select().from(settings).where(eq(settings.key, key)).all();
    db.transaction((tx) => tx.select().from(settings).where(eq(settings.key, 'c')).all());
    stop();
    db.select().from(settings).where(eq(settings.key, 'd')).all();
    expect(seen.filter(([query]) => query.includes('"settings"')).map(([, params]) => params)).toEqual([['a'], ['b'], ['c']]);
  });
});
