import type { DrugTestRow } from '../../../db/schema';
import type { HomeVisitChecklist } from '../../api/caseNotes/caseNotesSchemas';
import { dataTable } from './docx/dataTable';
import { letterhead } from './docx/letterhead';
import { pageNumberFooter } from './docx/pageFooter';
import { confidentialHeader } from './docx/pageHeader';
import type { Block, ReportDocument } from './docx/reportDocument';
import { signatureBlock } from './docx/signatureBlock';
import { heading, labelledLine, paragraph, paragraphs, type ParagraphStyle, type RunStyle } from './docx/textBlocks';
import type { ChronologyEntry, ChronologyNote, ChronologyRecord } from './chronologyRecord';
import { CONTACT_OUTCOME_LABELS, CONTACT_TYPE_LABELS, DRUG_TEST_METHOD_LABELS, LAB_RESULT_LABELS, PANEL_RESULT_LABELS } from '../../api/shared/recordLabels';
import { formatDate, formatDateTime, formatReportDate } from './reportFormat';
import { fullName } from '../../api/format/names';

const CHRONOLOGY_TITLE = 'Chronological Record of Contacts';

export interface ChronologyMeta {
  from: string;
  to: string;
  preparedAt: Date;
  /** The user exporting it, who signs it as preparer. */
  preparedBy: number;
}

type Names = ChronologyRecord['userNames'];
const nameOf = (names: Names, id: number | null) => (id === null ? '' : (names.get(id)?.fullName ?? `user ${id}`));
const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const compact = <T>(items: (T | false | null | undefined | '')[]) => items.filter(Boolean) as T[];

/**
 * The text blocks of one table row, all in one paragraph style: the last row's paragraphs keep with the next, so
 * the preparer's signature never stands alone on the last page.
 */
const rowBlocks = (base: ParagraphStyle) => ({
  paragraph: (text: string, style: ParagraphStyle = {}, run: RunStyle = {}) => paragraph(text, { ...base, ...style }, run),
  paragraphs: (text: string) => paragraphs(text, base),
  labelledLine: (label: string, value: string, style: ParagraphStyle = {}) => labelledLine(label, value, { ...base, ...style }),
});
type RowBlocks = ReturnType<typeof rowBlocks>;

function homeVisitLines(visit: HomeVisitChecklist, { paragraph, labelledLine }: RowBlocks): Block[] {
  const curfew = visit.curfewCompliant === null ? 'not checked' : visit.curfewCompliant ? 'kept' : 'not kept';
  return [
    paragraph('Home-visit checklist', { spacing: { before: 120, after: 0 } }, { bold: true }),
    labelledLine('Residence verified', yesNo(visit.residenceVerified), { spacing: { after: 0 } }),
    labelledLine('Client present', yesNo(visit.clientPresent), { spacing: { after: 0 } }),
    labelledLine('Others present', visit.othersPresent ? visit.othersPresentWho : 'no', { spacing: { after: 0 } }),
    ...compact([visit.livingConditions && labelledLine('Living conditions', visit.livingConditions, { spacing: { after: 0 } })]),
    labelledLine('Contraband, drugs or weapons observed', visit.contrabandObserved ? `yes – ${visit.contrabandDetails}` : 'no', { spacing: { after: 0 } }),
    labelledLine('Curfew', curfew, { spacing: { after: 0 } }),
    labelledLine('Photos', compact([String(visit.photosAttached), visit.photoNotes]).join(' – ')),
  ];
}

/** "Urine test: positive (THC positive, cocaine negative); use admitted; lab: confirmed positive on 6 Mar 2025." */
function drugTestSummary(test: DrugTestRow): string {
  const panel = test.panel.map((row) => `${row.substance} ${PANEL_RESULT_LABELS[row.result]}`).join(', ');
  const lab = test.labResult
    ? `lab: ${LAB_RESULT_LABELS[test.labResult]}${test.labResultDate ? ` on ${formatDate(test.labResultDate)}` : ''}`
    : test.sentForLab && 'sent for lab confirmation';
  const parts = compact([`${DRUG_TEST_METHOD_LABELS[test.method]} test: ${PANEL_RESULT_LABELS[test.overallResult]} (${panel})`, test.admittedUse && 'use admitted', lab]);
  return `${parts.join('; ')}.`;
}

const drugTestLines = (test: DrugTestRow, { labelledLine, paragraphs }: RowBlocks): Block[] => [
  labelledLine('Drug test', drugTestSummary(test)),
  ...(test.notes ? paragraphs(test.notes) : []),
];

function signatureLine({ note }: ChronologyNote, names: Names): string {
  const late = note.isLateEntry ? ` Late entry: recorded ${formatDateTime(note.createdAt)}.` : '';
  const signed = note.status === 'signed' && note.signedAt ? `Signed by ${nameOf(names, note.signedBy)} on ${formatDateTime(note.signedAt)}.` : 'Draft – not signed.';
  return `${signed}${late}`;
}

function contactCells(contact: ChronologyNote, names: Names, blocks: RowBlocks) {
  const { note } = contact;
  const { paragraph, paragraphs, labelledLine } = blocks;
  const facts = compact([
    paragraph(CONTACT_TYPE_LABELS[note.contactType], { spacing: { after: 0 } }, { bold: true }),
    paragraph(CONTACT_OUTCOME_LABELS[note.outcome], { spacing: { after: 0 } }),
    note.durationMinutes !== null && paragraph(`${note.durationMinutes} min`, { spacing: { after: 0 } }),
    note.location && paragraph(note.location, { spacing: { after: 0 } }),
    note.peoplePresent && paragraph(`Present: ${note.peoplePresent}`, { spacing: { after: 0 } }),
    paragraph(`Officer: ${nameOf(names, note.authorId)}`),
  ]);
  const record: Block[] = [
    ...paragraphs(note.narrative),
    ...(note.absenceReason ? [labelledLine('Reason for absence', note.absenceReason)] : []),
    ...(note.homeVisit ? homeVisitLines(note.homeVisit, blocks) : []),
    ...contact.drugTests.flatMap((test) => drugTestLines(test, blocks)),
    // The note as signed, then the addenda that came after it.
    paragraph(signatureLine(contact, names), { spacing: { before: 120 } }, { italics: true, size: 18 }),
    ...contact.addenda.flatMap((addendum) => [
      paragraph(`Addendum, ${formatDateTime(addendum.createdAt)}, ${nameOf(names, addendum.authorId)}`, { spacing: { before: 120, after: 0 } }, { bold: true }),
      ...paragraphs(addendum.text),
    ]),
  ];
  return [formatDateTime(note.contactAt), facts, record];
}

function entryRow(entry: ChronologyEntry, names: Names, keepNext: boolean) {
  const blocks = rowBlocks(keepNext ? { keepNext: true } : {});
  if (entry.kind === 'note') return contactCells(entry.contact, names, blocks);
  const { test } = entry;
  return [
    formatDateTime(test.collectedAt),
    [blocks.paragraph('Drug test', {}, { bold: true }), blocks.paragraph(`Collected by ${nameOf(names, test.collectedBy)}`)],
    drugTestLines(test, blocks),
  ];
}

/** "2 contacts, 1 drug test" */
export const entryCounts = ({ contactCount, drugTestCount }: Pick<ChronologyRecord, 'contactCount' | 'drugTestCount'>) =>
  `${contactCount} ${contactCount === 1 ? 'contact' : 'contacts'}, ${drugTestCount} drug ${drugTestCount === 1 ? 'test' : 'tests'}`;

/** The chronology as a report: letterhead, case details, one table row per contact or test, the preparer's signature. */
export function chronologyDocument(record: ChronologyRecord, meta: ChronologyMeta): ReportDocument {
  const { client, office, entries, userNames } = record;
  const clientName = fullName(client);
  const reportDate = formatReportDate(meta.preparedAt);
  const preparer = userNames.get(meta.preparedBy);
  return {
    title: `${CHRONOLOGY_TITLE} – ${clientName}`,
    creator: office.name,
    header: confidentialHeader({ clientName, caseNumber: client.caseNumber, docketNumbers: record.docketNumbers }),
    footer: pageNumberFooter(`Chronology prepared ${reportDate}`),
    body: [
      ...letterhead(office),
      heading(CHRONOLOGY_TITLE),
      labelledLine('Client', clientName, { spacing: { after: 0 } }),
      labelledLine('Date of birth', formatDate(client.dateOfBirth), { spacing: { after: 0 } }),
      labelledLine('Case number', client.caseNumber, { spacing: { after: 0 } }),
      ...(record.docketNumbers.length ? [labelledLine('Docket', record.docketNumbers.join(', '), { spacing: { after: 0 } })] : []),
      labelledLine('Supervising officer', nameOf(userNames, client.assignedOfficerId), { spacing: { after: 0 } }),
      labelledLine('Period', `${formatDate(meta.from)} to ${formatDate(meta.to)}`, { spacing: { after: 0 } }),
      labelledLine('Entries', entryCounts(record)),
      heading('Contacts', 2),
      entries.length
        ? dataTable({
            columns: [
              { title: 'Date and time', weight: 2 },
              { title: 'Contact', weight: 3 },
              { title: 'Record', weight: 7 },
            ],
            rows: entries.map((entry, i) => entryRow(entry, userNames, i === entries.length - 1)),
            keepLastRowWithNext: true,
          })
        : paragraph('No contacts or drug tests were recorded in this period.', {}, { italics: true }),
      ...signatureBlock([{ role: 'Prepared by', name: preparer?.fullName ?? '', title: preparer?.title, date: reportDate }]),
    ],
  };
}
