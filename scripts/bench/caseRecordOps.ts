import { performance } from 'node:perf_hooks';
import dayjs from 'dayjs';
import { sql } from 'drizzle-orm';
import type { AppDb } from '../../db/open';
import { users } from '../../db/schema';
import { search } from '../../electron/services/search/search';
import { compactSearchIndexes, searchIndexSegments } from '../../electron/services/search/searchMaintenance';
import { ISO_DATE_FORMAT } from '../../electron/api/shared/fieldSchemas';
import { readTimeline } from '../../electron/services/timeline/timeline';
import { operation, type Operation } from './operations';

interface Term {
  term: string;
  notes: number;
}

/**
 * Words to search for, taken from the office's own note index (an in-memory fts5vocab table, so the office file
 * is not changed): the commonest word of five letters or more, and a rare one found in a handful of notes.
 */
function searchTerms(db: AppDb): { common: Term; rare: Term } {
  db.run(sql`create virtual table if not exists temp.bench_note_vocab using fts5vocab(main, note_search, row)`);
  const word = sql`length(term) >= 5 and term glob '[a-z]*' and term not glob '*[0-9]*'`;
  const common = db.get<Term>(sql`select term, doc as notes from temp.bench_note_vocab where ${word} order by doc desc, term limit 1`);
  const rare = db.get<Term>(sql`select term, doc as notes from temp.bench_note_vocab where ${word} order by abs(doc - 3), term limit 1`);
  db.run(sql`drop table temp.bench_note_vocab`);
  return { common, rare };
}

/** The client with the longest case record (notes and drug tests, which make most of it), and how many entries it has. */
function longestRecord(db: AppDb): { clientId: number; entries: number } {
  return db.get(sql`select client_id as "clientId", sum(n) as entries from (
    select client_id, count(*) as n from case_notes group by client_id
    union all select client_id, count(*) as n from drug_tests group by client_id) group by client_id order by entries desc limit 1`);
}

const thousands = (n: number) => n.toLocaleString('en-US');

/**
 * Leaves the search indexes as the app does after each good backup (one segment each), so both copies are measured
 * as an office with daily backups runs; says how long it took and how many segments there were.
 */
export function compactAsAfterBackup(db: AppDb) {
  const before = searchIndexSegments(db);
  const started = performance.now();
  compactSearchIndexes(db);
  console.log(`Search indexes compacted as after a backup in ${(performance.now() - started).toFixed(0)} ms (segments before: ${JSON.stringify(before)}).`);
}

/**
 * Search (Ctrl+K) and the client timeline on the office's case records: as a supervisor sees the whole office,
 * and once as an officer, whose search is limited to the caseload. `lastName(i)` rotates through the clients.
 */
export function caseRecordOperations(db: AppDb, lastName: (i: number) => string): Operation[] {
  const { common, rare } = searchTerms(db);
  const heavy = longestRecord(db);
  const officer = db
    .select()
    .from(users)
    .where(sql`${users.role} = 'officer'`)
    .limit(1)
    .get()!;
  const find = (name: string, text: (i: number) => string, actor?: typeof officer) => operation(name, 'search.query', (i) => ({ text: text(i) }), search, actor);
  const timeline = (name: string, input: object) => operation(name, 'timeline.list', () => ({ clientId: heavy.clientId, ...input }), readTimeline);
  const yearAgo = dayjs().subtract(1, 'year').format(ISO_DATE_FORMAT);
  return [
    find(`search: common word "${common.term}" (${thousands(common.notes)} notes)`, () => common.term),
    find('search: the same word, as an officer (own caseload)', () => common.term, officer),
    find(`search: rare word "${rare.term}" (${rare.notes} notes)`, () => rare.term),
    find('search: client last name', lastName),
    timeline(`timeline: first page, client with ${thousands(heavy.entries)} entries`, {}),
    timeline('timeline: same client, notes only, last 12 months', { kinds: ['note'], from: yearAgo }),
  ];
}
