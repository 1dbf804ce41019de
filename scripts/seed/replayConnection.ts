import type Database from 'better-sqlite3';
import type { AppDb } from '../../db/open';

/** The better-sqlite3 handle under drizzle (drizzle() adds $client; AppDb's type leaves it out). */
const sqliteOf = (db: AppDb) => (db as AppDb & { $client: Database.Database }).$client;

/** Page cache while replaying: the indexes of a scale office's record tables stay in memory as they grow. */
const REPLAY_CACHE_KIB = 256 * 1024;

/**
 * Readies the generator's own connection for replaying a whole office's history, and returns the function that
 * puts it back. drizzle prepares every statement anew, which is much of what a call costs when a million run back
 * to back: the connection keeps each prepared statement and hands it out again, reset to the default row mode
 * (drizzle switches raw mode on where it wants it). And a larger page cache keeps the growing indexes in memory.
 */
export function tuneForReplay(db: AppDb): () => void {
  const sqlite = sqliteOf(db);
  // Kept unbound on purpose: it is called with the connection as `this` below, and put back as it was.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const prepare = sqlite.prepare;
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
  const statements = new Map<string, Database.Statement>();
  sqlite.prepare = function cachedPrepare(this: Database.Database, source: string) {
    let statement = statements.get(source);
    if (!statement) statements.set(source, (statement = prepare.call(this, source)));
    else if (statement.reader) statement.raw(false);
    return statement;
  } as typeof sqlite.prepare;
  sqlite.pragma(`cache_size = -${REPLAY_CACHE_KIB}`);
  return () => {
    sqlite.prepare = prepare;
    sqlite.pragma(`cache_size = ${cacheSize}`);
  };
}
