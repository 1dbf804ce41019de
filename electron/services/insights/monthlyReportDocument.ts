import dayjs from 'dayjs';
import { AlignmentType, Header, Paragraph } from 'docx';
import { dataTable } from '../reports/docx/dataTable';
import { letterhead } from '../reports/docx/letterhead';
import { pageNumberFooter } from '../reports/docx/pageFooter';
import type { ReportDocument } from '../reports/docx/reportDocument';
import { heading, labelledLine, paragraph, textRun } from '../reports/docx/textBlocks';
import { formatDate, formatReportDate } from '../reports/reportFormat';
import type { SettingsValues } from '../../api/settings/settingsSchemas';
import { formatFigureValue } from '../../api/insights/insightsSchemas';
import type { Figure } from '../../api/insights/insightsWire';

export interface MonthlyFigures {
  month: string;
  from: string;
  to: string;
  scopeLabel: string;
  figures: Figure[];
}

const figureCells = (figure: Figure, currency: string) =>
  figure.rows.map((row) => [row.label, ...figure.series.map((s) => formatFigureValue(row.values[s.key], s.unit, currency))]);

export const MONTHLY_REPORT_TITLE = 'Monthly Statistical Report';

const reportHeader = (monthName: string) =>
  new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [textRun(`${MONTHLY_REPORT_TITLE} · ${monthName}`, { size: 18 })] })],
  });

/** The office's figures for a month: letterhead, then one table per figure, with "Page X of Y" at the foot. */
export function monthlyReportDocument(report: MonthlyFigures, office: SettingsValues['office'], preparedAt: Date): ReportDocument {
  const monthName = dayjs(report.from).format('MMMM YYYY');
  return {
    title: `${MONTHLY_REPORT_TITLE} – ${monthName}`,
    creator: office.name,
    header: reportHeader(monthName),
    footer: pageNumberFooter(`Prepared ${formatReportDate(preparedAt)}`),
    body: [
      ...letterhead(office),
      heading(`${MONTHLY_REPORT_TITLE}: ${monthName}`),
      labelledLine('Period', `${formatDate(report.from)} to ${formatDate(report.to)}`, { spacing: { after: 0 } }),
      labelledLine('Caseloads', report.scopeLabel),
      ...report.figures.flatMap((figure) => [
        heading(figure.title, 2),
        paragraph(figure.description, {}, { italics: true }),
        dataTable({
          columns: [{ title: figure.rowLabel, weight: 3 }, ...figure.series.map((s) => ({ title: s.label, weight: 2 }))],
          rows: figureCells(figure, office.currency),
        }),
      ]),
    ],
  };
}
