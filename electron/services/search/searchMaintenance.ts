import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';

/** The FTS5 indexes of migration 0003 (and their `_idx` tables, one row per segment and b-tree page). */
const SEARCH_INDEXES = ['client_search', 'note_search', 'addendum_search'] as const;

/** How many b-trees (segments) a word is looked up in, per index. */
export function searchIndexSegments(db: DbExecutor): Record<(typeof SEARCH_INDEXES)[number], number> {
  const count = (table: string) => db.get<{ n: number }>(sql.raw(`select count(distinct segid) as n from ${table}_idx`)).n;
  return { client_search: count('client_search'), note_search: count('note_search'), addendum_search: count('addendum_search') };
}

/**
 * Merges each search index into one segment. FTS5 adds a segment with every write and merges them only four at a
 * time, so after years of notes written one by one a search looks a word up in 15 or so b-trees per index, each a
 * few more pages to read and, in an encrypted file, to decrypt. Run after each good backup (at 500,000 notes it
 * takes about 1.5 s); the answers of a search do not change.
 */
export function compactSearchIndexes(db: DbExecutor) {
  for (const table of SEARCH_INDEXES) db.run(sql.raw(`insert into ${table}(${table}) values ('optimize')`));
}

/** After a backup: a compaction that fails (a full disk) leaves the indexes as they were, and the backup stands. */
export function compactSearchIndexesOrLog(db: DbExecutor) {
  try {
    compactSearchIndexes(db);
  } catch (error) {
    console.error('[probation-desk] The search indexes could not be compacted after the backup:', (error as Error).message);
  }
}
