import dayjs from 'dayjs';
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { caseNotes, courtCases, drugTests, noteAddenda, users, type CaseNoteRow, type DrugTestRow, type NoteAddendumRow } from '../../../db/schema';
import type { ClientRecord } from '../../api/clients/clientsWire';
import { readSetting } from '../settings/settings';
import type { SettingsValues } from '../../api/settings/settingsSchemas';
import { ISO_DATE_FORMAT } from '../../api/shared/fieldSchemas';
import type { ChronologyInput } from '../../api/reports/chronologySchemas';

export interface ChronologyNote {
  note: CaseNoteRow;
  /** Oldest first, printed under the note they correct. */
  addenda: NoteAddendumRow[];
  /** Tests recorded on this contact. */
  drugTests: DrugTestRow[];
}

/** One line of the chronology, in the order things happened. */
export type ChronologyEntry = { kind: 'note'; at: string; contact: ChronologyNote } | { kind: 'drug_test'; at: string; test: DrugTestRow };

export interface ChronologyRecord {
  office: SettingsValues['office'];
  client: ClientRecord;
  docketNumbers: string[];
  entries: ChronologyEntry[];
  contactCount: number;
  /** Tests recorded on the period's contacts and on their own. */
  drugTestCount: number;
  /** Everyone the entries name (authors, signers, collectors) and the officers on the record, by user id. */
  userNames: Map<number, { fullName: string; title: string }>;
}

/**
 * Everything a chronology prints for the client between two local dates, both included: the signed contacts
 * with their addenda and drug tests, and tests not recorded on a contact of the period as entries of their own.
 */
export function readChronology(db: DbExecutor, client: ClientRecord, { from, to }: Pick<ChronologyInput, 'from' | 'to'>): ChronologyRecord {
  // Contact and collection times are local YYYY-MM-DDTHH:mm strings, so the range compares as text.
  const end = dayjs(to).add(1, 'day').format(ISO_DATE_FORMAT);
  // Only signed notes are the record: a draft (perhaps still empty) is the officer's work in progress, not a contact the court reads.
  const notesInRange = and(eq(caseNotes.clientId, client.id), eq(caseNotes.status, 'signed'), gte(caseNotes.contactAt, from), lt(caseNotes.contactAt, end));
  const notes = db.select().from(caseNotes).where(notesInRange).orderBy(asc(caseNotes.contactAt), asc(caseNotes.id)).all();
  const contacts = new Map<number, ChronologyNote>(notes.map((note) => [note.id, { note, addenda: [], drugTests: [] }]));

  const addenda = db
    .select({ addendum: noteAddenda })
    .from(noteAddenda)
    .innerJoin(caseNotes, eq(caseNotes.id, noteAddenda.noteId))
    .where(notesInRange)
    .orderBy(asc(noteAddenda.id))
    .all();
  for (const { addendum } of addenda) contacts.get(addendum.noteId)?.addenda.push(addendum);

  const tests = db
    .select()
    .from(drugTests)
    .where(and(eq(drugTests.clientId, client.id), gte(drugTests.collectedAt, from), lt(drugTests.collectedAt, end)))
    .orderBy(asc(drugTests.collectedAt), asc(drugTests.id))
    .all();
  const standaloneTests: ChronologyEntry[] = [];
  for (const test of tests) {
    const contact = test.noteId === null ? undefined : contacts.get(test.noteId);
    if (contact) contact.drugTests.push(test);
    else standaloneTests.push({ kind: 'drug_test', at: test.collectedAt, test });
  }

  const noteEntries = notes.map((note): ChronologyEntry => ({ kind: 'note', at: note.contactAt, contact: contacts.get(note.id)! }));
  const entries = [...noteEntries, ...standaloneTests].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const docketNumbers = db.select({ docket: courtCases.docketNumber }).from(courtCases).where(eq(courtCases.clientId, client.id)).orderBy(asc(courtCases.id)).all();
  const staff = db.select({ id: users.id, fullName: users.fullName, title: users.title }).from(users).all();
  return {
    office: readSetting(db, 'office'),
    client,
    docketNumbers: docketNumbers.map((d) => d.docket),
    entries,
    contactCount: notes.length,
    drugTestCount: tests.length,
    userNames: new Map(staff.map((u) => [u.id, { fullName: u.fullName, title: u.title }])),
  };
}
