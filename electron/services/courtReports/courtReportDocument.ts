import type { CourtReportRow } from '../../../db/schema';
import { dataTable } from '../reports/docx/dataTable';
import { letterhead, type LetterheadOffice } from '../reports/docx/letterhead';
import { pageNumberFooter } from '../reports/docx/pageFooter';
import { confidentialHeader } from '../reports/docx/pageHeader';
import type { Block, ReportDocument } from '../reports/docx/reportDocument';
import { signatureBlock, type Signatory } from '../reports/docx/signatureBlock';
import { heading, labelledLine, paragraph, paragraphs } from '../reports/docx/textBlocks';
import { formatDate, formatReportDate } from '../reports/reportFormat';
import { RECOMMENDATION_KEY, REPORT_TYPE_LABELS, type ReportSection, type SectionTable } from '../../api/courtReports/courtReportsSchemas';

export interface CourtReportMeta {
  office: LetterheadOffice;
  clientName: string;
  caseNumber: string;
  docketNumbers: string[];
  courts: string[];
  author: Omit<Signatory, 'role' | 'date'>;
  approver: Omit<Signatory, 'role' | 'date'> | null;
  /** The report's date: the day it was approved. */
  reportDate: Date;
}

const tight = { spacing: { after: 0 } };

/** What a section with nothing from the record and no text says under its heading. */
export const NONE_RECORDED = 'None recorded.';

/** A table under its title (left out where it would repeat the section's heading), or a line saying it is empty. */
const tableBlocks = (table: SectionTable, sectionTitle: string): Block[] => [
  ...(table.title === sectionTitle ? [] : [paragraph(table.title, { keepNext: true, spacing: { before: 120, after: 60 } }, { bold: true })]),
  table.rows.length ? dataTable({ columns: table.columns, rows: table.rows }) : paragraph(table.emptyText, {}, { italics: true }),
];

/** How many closing lines of the last section stay on the page with the signatures. */
const KEPT_WITH_SIGNATURES = 3;

/**
 * The officer's text, one paragraph per line. The last section's closing lines are kept with what follows
 * them, so the signatures never stand alone on the last page.
 */
function textBlocks(text: string, keepWithSignatures: boolean): Block[] {
  const style = { spacing: { before: 120, after: 120 } };
  if (!keepWithSignatures) return paragraphs(text, style);
  const lines = text.trimEnd().split(/\r\n?|\n/);
  const head = lines.slice(0, -KEPT_WITH_SIGNATURES);
  return [...(head.length ? paragraphs(head.join('\n'), style) : []), ...paragraphs(lines.slice(-KEPT_WITH_SIGNATURES).join('\n'), { ...style, keepNext: true, keepLines: true })];
}

/**
 * A section: its heading, the record's facts and tables, then the officer's text (the recommendation for that
 * section); "None recorded." under a section with nothing in it, rather than a bare heading.
 */
function sectionBlocks(section: ReportSection, recommendation: string, last: boolean): Block[] {
  const text = section.key === RECOMMENDATION_KEY ? recommendation : section.narrative;
  const body = [
    ...section.data.facts.map((f) => labelledLine(f.label, f.value, tight)),
    ...section.data.tables.flatMap((table) => tableBlocks(table, section.title)),
    ...(text.trim() ? textBlocks(text, last) : []),
  ];
  return [heading(section.title, 2), ...(body.length ? body : [paragraph(NONE_RECORDED, { keepNext: last }, { italics: true })])];
}

/** The report as the court receives it: letterhead, title and case details, each section, and the two signatures. */
export function courtReportDocument(report: CourtReportRow, meta: CourtReportMeta): ReportDocument {
  const title = REPORT_TYPE_LABELS[report.reportType];
  const reportDate = formatReportDate(meta.reportDate);
  const approvedOn = report.approvedAt ? formatReportDate(new Date(report.approvedAt)) : '';
  return {
    title: `${title} – ${meta.clientName}`,
    creator: meta.office.name,
    header: confidentialHeader({ clientName: meta.clientName, caseNumber: meta.caseNumber, docketNumbers: meta.docketNumbers }),
    footer: pageNumberFooter(`${title} · ${reportDate}`),
    body: [
      ...letterhead(meta.office),
      heading(title),
      labelledLine('Client', meta.clientName, tight),
      labelledLine('Case number', meta.caseNumber, tight),
      ...(meta.docketNumbers.length ? [labelledLine('Docket', meta.docketNumbers.join(', '), tight)] : []),
      ...(meta.courts.length ? [labelledLine('Court', meta.courts.join('; '), tight)] : []),
      labelledLine('Period', `${formatDate(report.periodStart)} to ${formatDate(report.periodEnd)}`, tight),
      ...(report.courtDueDate ? [labelledLine('Due to the court', formatDate(report.courtDueDate), tight)] : []),
      labelledLine('Report date', `${reportDate}${report.version > 1 ? ` (version ${report.version})` : ''}`),
      ...report.sections.flatMap((section, i) => sectionBlocks(section, report.recommendation, i === report.sections.length - 1)),
      ...signatureBlock([
        { role: 'Prepared by', ...meta.author, date: approvedOn },
        { role: 'Approved by', ...(meta.approver ?? { name: '' }), date: approvedOn },
      ]),
    ],
  };
}
