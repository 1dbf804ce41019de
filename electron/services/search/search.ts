import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbTx } from '../../../db/open';
import { caseNotes, clients } from '../../../db/schema';
import { recordAudit } from '../audit/auditChain';
import { seesWholeOffice } from '../record/caseloadAccess';
import { clientNameColumns } from '../record/clientLookup';
import type { ServiceContext } from '../context';
import { ftsQuery, HIT_END, HIT_START, snippetParts } from './ftsQuery';
import type { SearchInput } from '../../api/search/searchSchemas';
import type { ClientHit, NoteHit, SearchResults } from '../../api/search/searchWire';
import { shownClientsDetail } from '../audit/shownClients';

/**
 * The spotlight search (Ctrl+K) over the FTS5 indexes of migration 0003: client_search (names, other names,
 * case numbers, identifiers), note_search (narratives) and addendum_search (addenda). Officers find only
 * their own caseload; supervisors and administrators the whole office.
 */

const clientsById = (tx: DbTx, ids: number[]) => tx.select(clientNameColumns).from(clients).where(inArray(clients.id, ids)).all();

const notesById = (tx: DbTx, ids: number[]) =>
  tx
    .select({
      noteId: caseNotes.id,
      clientId: caseNotes.clientId,
      clientName: sql<string>`${clients.firstName} || ' ' || ${clients.lastName}`,
      caseNumber: clients.caseNumber,
      contactAt: caseNotes.contactAt,
      contactType: caseNotes.contactType,
      status: caseNotes.status,
    })
    .from(caseNotes)
    .innerJoin(clients, eq(clients.id, caseNotes.clientId))
    .where(inArray(caseNotes.id, ids))
    .all();

interface TextHit {
  noteId: number;
  snippet: string;
  /** Where the words were found: the note's narrative or one of its addenda. */
  source: NoteHit['source'];
}

/** Officers' searches are limited to clients assigned to them; it joins on `c`, the client table in each query. */
const caseloadOnly = (ctx: ServiceContext): SQL => (seesWholeOffice(ctx.actor) ? sql`` : sql` and c.assigned_officer_id = ${ctx.actor.id}`);

function findClients(tx: DbTx, ctx: ServiceContext, match: string, limit: number): ClientHit[] {
  const ids = tx
    .all<{ id: number }>(
      sql`select c.id as id from client_search s join clients c on c.id = s.rowid
      where client_search match ${match}${caseloadOnly(ctx)} order by s.rank limit ${limit}`,
    )
    .map((row) => row.id);
  if (ids.length === 0) return [];
  const found = new Map(clientsById(tx, ids).map((c) => [c.id, c]));
  return ids.map((id) => found.get(id)).filter((c): c is ClientHit => c !== undefined);
}

/**
 * The newest notes whose narrative, or one of whose addenda, matches, newest written first. FTS5 walks its index by
 * rowid from the newest, so a page costs little even when a word is in half of 500,000 notes. A whole-office search
 * reads no note or client row here: only the notes finally listed are read (notesById), each page of them decrypted
 * once.
 */
function findNoteText(tx: DbTx, ctx: ServiceContext, match: string, limit: number): TextHit[] {
  const snippet = (table: string) => sql.raw(`snippet(${table}, 0, '${HIT_START}', '${HIT_END}', '…', 16)`);
  const wholeOffice = seesWholeOffice(ctx.actor);
  const inCaseload = (noteId: SQL) => (wholeOffice ? sql`` : sql` join case_notes n on n.id = ${noteId} join clients c on c.id = n.client_id`);
  const narratives = tx.all<TextHit>(sql`select note_search.rowid as "noteId", ${snippet('note_search')} as "snippet", 'narrative' as "source"
    from note_search${inCaseload(sql`note_search.rowid`)}
    where note_search match ${match}${caseloadOnly(ctx)} order by note_search.rowid desc limit ${limit}`);
  const addenda = tx.all<TextHit>(sql`select a.note_id as "noteId", ${snippet('addendum_search')} as "snippet", 'addendum' as "source"
    from addendum_search join note_addenda a on a.id = addendum_search.rowid${inCaseload(sql`a.note_id`)}
    where addendum_search match ${match}${caseloadOnly(ctx)} order by addendum_search.rowid desc limit ${limit}`);
  // A note matching in both places is listed once, with its narrative's snippet.
  const byNote = new Map<number, TextHit>();
  for (const hit of [...narratives, ...addenda]) if (!byNote.has(hit.noteId)) byNote.set(hit.noteId, hit);
  return [...byNote.values()].sort((a, b) => b.noteId - a.noteId).slice(0, limit);
}

function findNotes(tx: DbTx, ctx: ServiceContext, match: string, limit: number): NoteHit[] {
  const hits = findNoteText(tx, ctx, match, limit);
  if (hits.length === 0) return [];
  const notes = new Map(
    notesById(
      tx,
      hits.map((hit) => hit.noteId),
    ).map((note) => [note.noteId, note]),
  );
  return hits
    .flatMap((hit) => {
      const note = notes.get(hit.noteId);
      return note ? [{ ...note, source: hit.source, snippet: snippetParts(hit.snippet) }] : [];
    })
    .sort((a, b) => b.contactAt.localeCompare(a.contactAt) || b.noteId - a.noteId);
}

/** One search, audited with which clients' records it showed (never what was typed). */
export function search(ctx: ServiceContext, input: SearchInput): SearchResults {
  const match = ftsQuery(input.text);
  if (!match) return { clients: [], notes: [] };
  return ctx.db.transaction((tx) => {
    const results = { clients: findClients(tx, ctx, match, input.limit), notes: findNotes(tx, ctx, match, input.limit) };
    recordAudit(tx, {
      action: 'search.query',
      entity: 'client',
      detail: `${results.clients.length} client(s), ${results.notes.length} note(s); ${shownClientsDetail([...results.clients.map((c) => c.id), ...results.notes.map((n) => n.clientId)])}`,
      actor: ctx.actor,
      ts: ctx.clock.now(),
    });
    return results;
  });
}
