import dayjs from 'dayjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../electron/api/contract';
import { auditRowsOf, caseRecordOffice, officeVisitNote, useSharedCaseRecordOffice, type CaseRecordOffice } from '../fixtures/caseRecord';
import { fullIntakeInput } from '../fixtures/intakeInput';
import { useTempDirs } from '../fixtures/tempDirs';
import { useTempOffices } from '../fixtures/tempOffice';
import { compactSearchIndexes, searchIndexSegments } from '../../electron/services/search/searchMaintenance';

const offices = useTempOffices();
const tempDir = useTempDirs();
type Results = ChannelOutput<'search.query'>;

/**
 * Olivia's Jordan has a signed note naming José with an addendum naming Núñez; Oscar's Casey has a note about
 * overtime at the warehouse. Olivia is signed in afterwards.
 */
async function notesToFind(staffed: CaseRecordOffice) {
  const { office, actAs, clientId, oscarsClientId } = staffed;
  const jordans = await office.call('caseNotes.create', {
    clientId,
    note: officeVisitNote({ narrative: 'Employer José Alvarez confirmed overtime hours at the tyre shop.' }),
    sign: true,
  });
  await office.call('caseNotes.addAddendum', { noteId: jordans.id, text: 'Correction: the shift manager is Núñez, not Alvarez.' });
  await actAs('oscar');
  const caseys = await office.call('caseNotes.create', { clientId: oscarsClientId, note: officeVisitNote({ narrative: 'Casey discussed overtime at the warehouse.' }) });
  await actAs('olivia');
  return { jordans, caseys };
}

const search = (staffed: CaseRecordOffice, text: string) => staffed.office.call('search.query', { text });
const noteIds = (results: Results) => results.notes.map((n) => n.noteId);
const clientIds = (results: Results) => results.clients.map((c) => c.id);
const highlighted = (results: Results) => results.notes.map((n) => n.snippet.filter((part) => part.hit).map((part) => part.text));

describe('search', () => {
  it('finds notes by words of their narrative and of their addenda, ignoring case and accents, with the matches marked', async () => {
    const staffed = await caseRecordOffice(offices);
    const { jordans } = await notesToFind(staffed);

    const byName = await search(staffed, 'jose OVERT');
    expect(byName.notes).toMatchObject([
      { noteId: jordans.id, clientId: staffed.clientId, clientName: 'Jordan Whitaker', contactAt: jordans.contactAt, status: 'signed', source: 'narrative' },
    ]);
    expect(highlighted(byName)).toEqual([['José', 'overtime']]);
    expect(byName.notes[0].snippet.map((part) => part.text).join('')).toBe(jordans.narrative);

    const inAddendum = await search(staffed, 'nunez');
    expect(inAddendum.notes).toMatchObject([{ noteId: jordans.id, source: 'addendum' }]);
    expect(highlighted(inAddendum)).toEqual([['Núñez']]);
    expect(noteIds(await search(staffed, 'motorbike'))).toEqual([]);
  });

  it('finds clients by name, other name, case number and identifier, accents or not', async () => {
    const staffed = await caseRecordOffice(offices);
    const { office, staff, clientId } = staffed;
    const renee = await office.call('clients.intake', { ...fullIntakeInput(staff.olivia.id, { firstName: 'Renée', lastName: 'Ñúñez-Ortega' }), aliases: [] });
    const caseNumber = `PD-${dayjs().year()}-00002`;

    expect(clientIds(await search(staffed, 'whit'))).toEqual([clientId]);
    expect(clientIds(await search(staffed, 'jordan whitaker'))).toEqual([clientId]);
    expect(clientIds(await search(staffed, 'JJ'))).toEqual([clientId]);
    expect(clientIds(await search(staffed, caseNumber))).toEqual([clientId]);
    expect((await search(staffed, 'renee nunez')).clients).toMatchObject([{ id: renee.id, firstName: 'Renée', lastName: 'Ñúñez-Ortega', caseNumber: renee.caseNumber }]);
    expect(clientIds(await search(staffed, 'S12345678')).sort()).toEqual([clientId, renee.id]);
    expect(clientIds(await search(staffed, 'S-1234-5678')).sort()).toEqual([clientId, renee.id]);

    // A new name is found at once, the old one no longer.
    await office.call('clients.updateIdentity', {
      clientId: renee.id,
      identity: { ...fullIntakeInput(staff.olivia.id).identity, firstName: 'Renata' },
      aliases: [],
      identifiers: [],
    });
    expect(clientIds(await search(staffed, 'renata'))).toEqual([renee.id]);
    expect(clientIds(await search(staffed, 'renee'))).toEqual([]);
  });

  it("keeps to the caseload: an officer finds neither another officer's clients nor their notes; a supervisor finds both", async () => {
    const staffed = await caseRecordOffice(offices);
    const { jordans, caseys } = await notesToFind(staffed);
    const { actAs, clientId, oscarsClientId } = staffed;

    expect(noteIds(await search(staffed, 'overtime'))).toEqual([jordans.id]);
    expect(noteIds(await search(staffed, 'warehouse'))).toEqual([]);
    expect(clientIds(await search(staffed, 'casey'))).toEqual([]);
    await actAs('oscar');
    expect(noteIds(await search(staffed, 'overtime'))).toEqual([caseys.id]);
    expect(noteIds(await search(staffed, 'nunez'))).toEqual([]);
    await actAs('sam');
    expect(noteIds(await search(staffed, 'overtime')).sort()).toEqual([jordans.id, caseys.id].sort());
    expect(clientIds(await search(staffed, 'casey'))).toEqual([oscarsClientId]);

    // Audited with the clients whose records were shown, never with what was typed.
    const rows = auditRowsOf(staffed.office, 'search.query');
    expect(rows.at(-1)).toMatchObject({ userId: staffed.staff.sam.id, detail: `1 client(s), 1 note(s); clients shown: ${oscarsClientId}` });
    expect(rows.find((r) => r.detail.includes('2 note(s)'))?.detail).toMatch(new RegExp(`clients shown: (${clientId}, ${oscarsClientId}|${oscarsClientId}, ${clientId})$`));
    expect(rows.some((r) => /overtime|casey/i.test(r.detail))).toBe(false);
  });

  it('follows notes as drafts are edited and deleted', async () => {
    const staffed = await caseRecordOffice(offices);
    const { office, clientId } = staffed;
    const draft = await office.call('caseNotes.create', { clientId, note: officeVisitNote({ narrative: 'Talked about the bicycle repair course.' }) });
    expect(noteIds(await search(staffed, 'bicycle'))).toEqual([draft.id]);
    await office.call('caseNotes.update', { noteId: draft.id, note: officeVisitNote({ narrative: 'Talked about the welding course.' }) });
    expect(noteIds(await search(staffed, 'bicycle'))).toEqual([]);
    expect(noteIds(await search(staffed, 'welding'))).toEqual([draft.id]);
    await office.call('caseNotes.delete', { noteId: draft.id });
    expect(noteIds(await search(staffed, 'welding'))).toEqual([]);
  });
});

describe('search input', () => {
  const shared = useSharedCaseRecordOffice();
  beforeAll(async () => {
    await notesToFind(shared());
  });

  it.each([
    '"',
    '""',
    'AND',
    'OR NOT',
    '*',
    'NEAR(',
    'NEAR(overtime José',
    'narrative:overtime',
    '^overtime',
    'overtime"',
    '(((',
    "'; DROP TABLE case_notes; --",
    '-',
    '\\',
    '   ',
  ])('takes %j as plain text, without an error', async (typed) => {
    const staffed = shared();
    const results = await search(staffed, typed);
    expect(Array.isArray(results.notes) && Array.isArray(results.clients)).toBe(true);
  });

  it('treats search syntax typed among real words as more words to find', async () => {
    const staffed = shared();
    expect(noteIds(await search(staffed, '"josé" overtime*'))).toHaveLength(1);
    // OR is a word here, not an operator: it does not widen the search.
    expect(noteIds(await search(staffed, 'overtime OR tyre'))).toEqual([]);
  });
});

describe('search index maintenance', () => {
  it('merges each index into one segment, and a search answers the same afterwards', async () => {
    const staffed = await caseRecordOffice(offices);
    await notesToFind(staffed);
    for (let i = 0; i < 6; i++) {
      await staffed.office.call('caseNotes.create', { clientId: staffed.clientId, note: officeVisitNote({ narrative: `Overtime week ${i} confirmed by José.` }), sign: true });
    }
    const db = () => staffed.office.sessions.requireActive().ctx.db;
    expect(searchIndexSegments(db()).note_search).toBeGreaterThan(1);
    const before = await search(staffed, 'overt jos');

    compactSearchIndexes(db());

    expect(searchIndexSegments(db())).toEqual({ client_search: 1, note_search: 1, addendum_search: 1 });
    expect(await search(staffed, 'overt jos')).toEqual(before);
  });

  it('runs after each good backup', async () => {
    const staffed = await caseRecordOffice(offices);
    await notesToFind(staffed);
    await staffed.actAs('admin');
    const db = () => staffed.office.sessions.requireActive().ctx.db;
    expect(searchIndexSegments(db()).client_search).toBeGreaterThan(1);
    const folder = tempDir('backups');
    await staffed.office.call('backup.updateSettings', { folder, dailyAt: null, onLastSignOut: false, keepDaily: 7, keepWeekly: 4, keepMonthly: 12, warnAfterDays: 2 });

    await staffed.office.call('backup.run', {});

    expect(searchIndexSegments(db())).toEqual({ client_search: 1, note_search: 1, addendum_search: 1 });
  });
});
