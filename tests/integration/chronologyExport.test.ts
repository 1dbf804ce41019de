import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../electron/api/contract';
import { NARRATIVE_MAX } from '../../electron/api/caseNotes/caseNotesSchemas';
import { letterhead } from '../../electron/services/reports/docx/letterhead';
import { pageNumberFooter } from '../../electron/services/reports/docx/pageFooter';
import { confidentialHeader } from '../../electron/services/reports/docx/pageHeader';
import { picture } from '../../electron/services/reports/docx/picture';
import { packReport } from '../../electron/services/reports/docx/reportDocument';
import { signatureBlock } from '../../electron/services/reports/docx/signatureBlock';
import { heading, paragraphs } from '../../electron/services/reports/docx/textBlocks';
import { auditRowsOf, caseRecordOffice, drugTestInput, homeVisitNote, localTime, officeVisitNote, useSharedCaseRecordOffice } from '../fixtures/caseRecord';
import { convertWithLibreOffice, docxFields, docxParts, paragraphTexts, pdfPageCount, pdfText, phraseAcrossPages, readDocxXml, validateDocx } from '../fixtures/docxReader';
import { daysAgo, PNG_BYTES, rowCounts } from '../fixtures/intakeInput';
import { expectRefusal } from '../fixtures/refusals';
import { CONTROL, expectRowsKeptWhole, expectSignaturesKeptWithPreceding, RTL_ARABIC, RTL_HEBREW } from '../fixtures/docxChecks';
import { useTempDirs } from '../fixtures/tempDirs';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();
const tempDir = useTempDirs();
/** The strict validator and LibreOffice take seconds per file, many more on a busy machine. */
const READS_BACK = { timeout: 300_000 };

/** Writes an exported file where the test can read it back, as the officer's save would. */
function saved(file: ChannelOutput<'reports.chronology'>, dir = tempDir('chronology')) {
  const target = path.join(dir, file.fileName);
  writeFileSync(target, Buffer.from(file.base64, 'base64'));
  return target;
}

/** What a strict reader checks: valid parts, and every PAGE / NUMPAGES field carrying a cached result. */
function expectCleanDocx(file: string) {
  expect(validateDocx(file)).toMatchObject({ status: 0 });
  const fields = docxFields(file);
  expect(fields.map((f) => f.instruction).sort()).toEqual(['NUMPAGES', 'PAGE']);
  for (const field of fields) expect(field.cachedResult, `${field.instruction} in ${field.part}`).not.toBe('');
}

/** Text an officer might paste: control characters, markup characters, right-to-left scripts and emoji. */
const hostileNarrative = (length: number) => {
  const lines = [`Markup <script>alert("x")</script> & 'quotes'${CONTROL}end`, RTL_HEBREW, RTL_ARABIC, 'Emoji 😀 👍🏽 🇺🇸', ''];
  const head = lines.join('\n');
  const filler = 'The client reported as directed and discussed employment. ';
  return (head + filler.repeat(Math.ceil(length / filler.length))).slice(0, length);
};

describe('the chronology export', () => {
  it("puts the period's contacts, addenda, home-visit checklist and drug tests in a .docx that validates and converts in LibreOffice", READS_BACK, async () => {
    const { office, staff, clientId } = await caseRecordOffice(offices);
    await office.call('caseNotes.create', { clientId, note: officeVisitNote({ contactAt: localTime(40), narrative: 'Outside the period: intake interview.' }), sign: true });
    const visit = await office.call('caseNotes.create', {
      clientId,
      note: officeVisitNote({ contactAt: localTime(2), narrative: 'Office visit: paystubs seen from Ridgeway Tyres.' }),
      sign: true,
    });
    await office.call('caseNotes.addAddendum', { noteId: visit.id, text: 'Correction: the paystubs were from Ridgeway Tyres Ltd.' });
    const home = await office.call('caseNotes.create', { clientId, note: homeVisitNote({ contactAt: localTime(8) }) });
    await office.call('drugTests.create', { clientId, test: drugTestInput({ THC: 'positive' }, { noteId: home.id, collectedAt: localTime(8, '10:30'), admittedUse: true }) });
    await office.call('caseNotes.sign', { noteId: home.id });
    // A draft is the officer's work in progress, not part of the record the court reads.
    await office.call('caseNotes.create', { clientId, note: officeVisitNote({ contactAt: localTime(3), narrative: 'Unsigned draft: still being written.' }) });
    await office.call('drugTests.create', { clientId, test: drugTestInput({}, { collectedAt: localTime(5, '09:00'), method: 'oral' }) });

    const exported = await office.call('reports.chronology', { clientId, from: daysAgo(30), to: daysAgo(0) });
    expect(exported).toMatchObject({
      fileName: `chronology-${(await office.call('clients.get', { clientId })).client.caseNumber}-${daysAgo(30)}-to-${daysAgo(0)}.docx`,
      mimeType: expect.stringContaining('wordprocessingml'),
    });
    const file = saved(exported);

    // (a) The XML parses and holds every entry of the period, oldest first, and nothing from outside it.
    const text = paragraphTexts(readDocxXml(file, 'word/document.xml')).join('\n');
    const order = [
      'Unannounced home visit. Bedroom and kitchen seen; the residence was tidy.',
      'Residence verified: yes',
      'Others present: Maria Whitaker (mother)',
      'Drug test: Urine test: positive (THC positive, cocaine negative, opiates negative, amphetamines negative, benzodiazepines negative); use admitted.',
      `Signed by ${staff.olivia.fullName}`,
      'Drug test: Oral fluid test: negative',
      'Office visit: paystubs seen from Ridgeway Tyres.',
      // The note's signature line comes right after the note, before the addendum written later.
      `Signed by ${staff.olivia.fullName}`,
      'Addendum, ',
      'Correction: the paystubs were from Ridgeway Tyres Ltd.',
    ];
    const positions: number[] = [];
    for (const phrase of order) positions.push(text.indexOf(phrase, (positions.at(-1) ?? -1) + 1));
    expect(
      positions.every((p) => p >= 0),
      `missing: ${order.filter((_, i) => positions[i] < 0).join(' | ')}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).not.toContain('Outside the period');
    expect(text).not.toContain('Unsigned draft');
    expect(text).not.toContain('not signed');
    expectRowsKeptWhole(file);
    expectSignaturesKeptWithPreceding(file);
    expect(text).toContain('Riverside County Probation');
    expect(text).toContain('Entries: 2 contacts, 2 drug tests');
    const header = paragraphTexts(readDocxXml(file, 'word/header1.xml')).join('\n');
    expect(header).toMatch(/^CONFIDENTIAL\nJordan Lee Whitaker Jr\. · Case PD-\d{4}-\d+ · Docket CR-2024-00871$/);
    expectCleanDocx(file);

    // (b) and (c): LibreOffice opens it and lays it out with the entries and "Page X of Y".
    const pdf = convertWithLibreOffice(file, tempDir('pdf'));
    const printed = pdfText(pdf);
    for (const phrase of [
      'CONFIDENTIAL',
      'Chronological Record of Contacts',
      'Office visit: paystubs seen from Ridgeway Tyres.',
      'Correction: the paystubs were from Ridgeway Tyres Ltd.',
      'Unannounced home visit.',
      'Prepared by',
    ]) {
      expect(printed).toMatch(phraseAcrossPages(phrase));
    }
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(0);
    expect(printed).toContain(`Page ${pages} of ${pages}`);

    // Audited as an export of the client's record, with the period and no text from it.
    const [audit] = auditRowsOf(office, 'report.export');
    expect(audit).toMatchObject({
      userId: staff.olivia.id,
      entity: 'client',
      entityId: String(clientId),
      outcome: 'success',
      detail: `chronology ${daysAgo(30)}..${daysAgo(0)}: 2 contacts, 2 drug tests`,
    });
  });

  it('stays a valid document whatever the text: control characters, markup, right-to-left scripts, emoji and the longest narratives', READS_BACK, async () => {
    const { office, clientId } = await caseRecordOffice(offices);
    const narrative = hostileNarrative(NARRATIVE_MAX);
    const note = await office.call('caseNotes.create', { clientId, note: officeVisitNote({ narrative, location: `Room <2> & "annex"${CONTROL}` }), sign: true });
    await office.call('caseNotes.addAddendum', { noteId: note.id, text: hostileNarrative(10_000) });
    const file = saved(await office.call('reports.chronology', { clientId, from: daysAgo(7), to: daysAgo(0) }));

    const xml = paragraphTexts(readDocxXml(file, 'word/document.xml')).join('\n');
    expect(xml).toContain(`Markup <script>alert("x")</script> & 'quotes'end`);
    expect(xml).toContain('Room <2> & "annex"');
    for (const phrase of [RTL_HEBREW, RTL_ARABIC, 'Emoji 😀 👍🏽 🇺🇸']) expect(xml).toContain(phrase);
    for (const control of CONTROL) expect(xml).not.toContain(control);
    expectCleanDocx(file);

    const printed = pdfText(convertWithLibreOffice(file, tempDir('pdf')));
    for (const phrase of ['Markup <script>alert("x")</script> & \'quotes\'end', RTL_HEBREW, RTL_ARABIC, '😀', 'The client reported as directed'])
      expect(printed).toMatch(phraseAcrossPages(phrase));
  });

  it('builds a valid document from the building blocks alone: a 100,000-character narrative, a picture, two signatures', READS_BACK, async () => {
    const file = path.join(tempDir('blocks'), 'long.docx');
    const office = { name: 'Riverside County Probation', address: '12 Court Street\nRiverside', phone: '555-0100' };
    const bytes = await packReport(
      {
        title: 'Long narrative',
        creator: office.name,
        header: confidentialHeader({ clientName: `${RTL_HEBREW} <Whitaker>`, caseNumber: 'PD-2025-00001', docketNumbers: ['CR-1', 'CR-2'] }),
        footer: pageNumberFooter('Prepared 1 March 2025'),
        body: [
          ...letterhead(office),
          picture({ data: PNG_BYTES, mime: 'image/png', widthPx: 96, heightPx: 128, description: `Photo of <Jordan> & co${CONTROL}` }),
          heading(`Narrative & "more"${CONTROL}`),
          ...paragraphs(hostileNarrative(100_000)),
          ...signatureBlock([
            { role: 'Prepared by', name: 'Olivia Officer', title: 'Probation Officer', date: '1 March 2025' },
            { role: 'Approved by', name: 'Sam Supervisor', title: 'Supervising Probation Officer' },
          ]),
        ],
      },
      'letter',
    );
    writeFileSync(file, bytes);
    expectCleanDocx(file);
    expect(docxParts(file).filter((part) => part.startsWith('word/media/'))).toHaveLength(1);
    expect(readDocxXml(file, 'word/document.xml').getElementsByTagName('wp:docPr')[0]?.getAttribute('descr')).toBe('Photo of <Jordan> & co');
    const pdf = convertWithLibreOffice(file, tempDir('pdf'));
    expect(pdfPageCount(pdf)).toBeGreaterThan(10);
    const printed = pdfText(pdf);
    for (const phrase of ['Narrative & "more"', 'Prepared by', 'Approved by', 'Sam Supervisor', 'Page 1 of']) expect(printed).toMatch(phraseAcrossPages(phrase));
  });
});

describe('who may export a chronology, and of which period', () => {
  const shared = useSharedCaseRecordOffice();

  it("refuses another officer's client, and audits the attempt", async () => {
    const { office, staff, oscarsClientId } = shared();
    const before = rowCounts(office);
    expect(await office.fail('reports.chronology', { clientId: oscarsClientId, from: daysAgo(30), to: daysAgo(0) })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'clientId',
      message: expect.stringMatching(/not on your caseload/),
    });
    expect(auditRowsOf(office, 'client.access').at(-1)).toMatchObject({ userId: staff.olivia.id, entityId: String(oscarsClientId), outcome: 'failure' });
    expect(rowCounts(office)).toEqual({ ...before, auditLog: before.auditLog + 1 });
  });

  it.each([
    ['an end before the start', { from: daysAgo(1), to: daysAgo(2) }, 'to', 'The end date must be on or after the start date.'],
    ['a date that does not exist', { from: '2025-02-30', to: daysAgo(0) }, 'from', 'The start date is not a real calendar date.'],
    ['a date in another format', { from: daysAgo(5), to: '03/01/2025' }, 'to', 'Enter the end date as YYYY-MM-DD.'],
    ['a missing date', { from: daysAgo(5) }, 'to', 'Enter the end date.'],
  ])('refuses %s, naming the field', async (_case, range, field, message) => {
    const { office, clientId } = shared();
    await expectRefusal(office, 'reports.chronology', { clientId, ...range }, { field, message });
  });

  it('refuses a client that does not exist', async () => {
    const { office } = shared();
    await expectRefusal(
      office,
      'reports.chronology',
      { clientId: 999_999, from: daysAgo(5), to: daysAgo(0) },
      { code: 'NOT_FOUND', field: 'clientId', message: 'This client record does not exist.' },
    );
  });

  it('lets a supervisor export any client, and says so when the period holds no entries', READS_BACK, async () => {
    const { office, actAs, oscarsClientId } = shared();
    await actAs('sam');
    const file = saved(await office.call('reports.chronology', { clientId: oscarsClientId, from: daysAgo(10), to: daysAgo(10) }));
    expect(paragraphTexts(readDocxXml(file, 'word/document.xml'))).toContain('No contacts or drug tests were recorded in this period.');
    expectCleanDocx(file);
  });
});
