import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { LRUCache } from 'lru-cache';
import * as schema from './schema';

/** Distinct statements kept compiled per connection: the app's queries, with room for `in (…)` lists of many lengths. */
export const CACHED_STATEMENTS = 500;

/**
 * drizzle over a connection whose compiled statements are kept by their SQL text. drizzle asks better-sqlite3 to
 * compile every query again on each call, and on the office host that compiling was a tenth of all its work (the
 * dashboard's contact-standards statement is long). Only drizzle's statements are cached: code that prepares on the
 * connection itself (backups, migrations) is untouched. drizzle switches a statement to arrays for some calls and
 * not others, so a statement that returns rows is switched back to objects each time it is handed out again.
 */
export function drizzleWithStatementCache(sqlite: Database.Database): BetterSQLite3Database<typeof schema> {
  const statements = new LRUCache<string, Database.Statement>({ max: CACHED_STATEMENTS });
  const compile = sqlite.prepare.bind(sqlite);
  const prepare = (source: string) => {
    const kept = statements.get(source);
    if (kept) return kept.reader ? kept.raw(false) : kept;
    const statement = compile(source);
    statements.set(source, statement);
    return statement;
  };
  const client = new Proxy(sqlite, {
    get(target, property): unknown {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  const watchers = new Set<QueryWatcher>();
  const db = drizzle(client, { schema, logger: { logQuery: (query, params) => watchers.forEach((watch) => watch(query, params)) } });
  watchersOf.set(db, watchers);
  return db;
}

/** Told each statement drizzle runs on a connection, with its values. */
export type QueryWatcher = (query: string, params: unknown[]) => void;

const watchersOf = new WeakMap<object, Set<QueryWatcher>>();

/**
 * Calls `watcher` with every statement the connection runs through drizzle until the returned function is called;
 * the query-plan tests explain each one. (Statements are cached, so watching `prepare` would miss most of them.)
 */
export function watchQueries(db: object, watcher: QueryWatcher): () => void {
  const watchers = watchersOf.get(db);
  if (!watchers) throw new Error('This connection was not opened with drizzleWithStatementCache.');
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}
