import type Database from 'better-sqlite3';
import type { AppDb } from '../../db/open';

/** The better-sqlite3 handle under drizzle (drizzle() adds $client; AppDb's type leaves it out). */
const sqliteOf = (db: AppDb) => (db as AppDb & { $client: Database.Database }).$client;

/** Page cache while replaying: the indexes of a scale office's record tables stay in memory as they grow. */
const REPLAY_CACHE_KIB = 256 * 1024;

/**
 * Readies the generator's own connection for replaying a whole office's history, and returns the function that
 * puts it back: a larger page cache keeps the growing indexes in memory. (Its statements are kept compiled by the
 * connection itself, db/statementCache.ts.)
 */
export function tuneForReplay(db: AppDb): () => void {
  const sqlite = sqliteOf(db);
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = -${REPLAY_CACHE_KIB}`);
  return () => sqlite.pragma(`cache_size = ${cacheSize}`);
}
