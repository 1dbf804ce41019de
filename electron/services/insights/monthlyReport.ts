import dayjs from 'dayjs';
import { recordAudit } from '../audit/auditChain';
import type { ServiceContext } from '../context';
import { docxFile } from '../reports/exportedFile';
import type { ExportedFile } from '../../api/reports/reportsWire';
import { packReport } from '../reports/docx/reportDocument';
import { readSetting } from '../settings/settings';
import { toSafeCsv } from '../shared/csv';
import { FIGURES } from './figureCatalog';
import { computeFigure } from './figureModel';
import { figureQuery } from './insights';
import type { MonthlyReportInput } from '../../api/insights/insightsSchemas';
import { insightsScope } from './insightsScope';
import { monthlyReportDocument, type MonthlyFigures } from './monthlyReportDocument';

const CSV_COLUMNS = ['figure', 'row', 'column', 'unit', 'value'] as const;

/** One line per number; values unformatted (cents, hours, percent) so a spreadsheet can add them up. */
export function monthlyCsv(report: MonthlyFigures): string {
  const lines = report.figures.flatMap((figure) =>
    figure.rows.flatMap((row) =>
      figure.series.map((series) => ({ figure: figure.title, row: row.label, column: series.label, unit: series.unit, value: row.values[series.key] ?? '' })),
    ),
  );
  return toSafeCsv(CSV_COLUMNS, lines);
}

/** The figures of one calendar month, as a Word document or CSV, for the courts and the state agency. */
export async function exportMonthlyReport(ctx: ServiceContext, input: MonthlyReportInput): Promise<ExportedFile> {
  const scope = insightsScope(ctx, input.filter);
  const from = `${input.month}-01`;
  const to = dayjs(from).endOf('month').format('YYYY-MM-DD');
  const preparedAt = ctx.clock.now();
  const { report, office } = ctx.db.transaction((tx) => {
    const q = figureQuery(ctx, tx, scope, { from, to });
    const scopeLabel = input.filter.scope === 'office' && input.filter.officerId === null ? 'The whole office' : scope.officers.map((o) => o.fullName).join(', ');
    recordAudit(tx, {
      action: 'report.export',
      entity: 'insights',
      detail: `monthly statistics ${input.month} (${input.format}); scope ${input.filter.scope}`,
      actor: ctx.actor,
      ts: preparedAt,
    });
    return { report: { month: input.month, from, to, scopeLabel, figures: FIGURES.map((def) => computeFigure(def, q)) }, office: readSetting(tx, 'office') };
  });
  const name = `monthly-statistics-${input.month}`;
  if (input.format === 'csv') return { fileName: `${name}.csv`, mimeType: 'text/csv', base64: Buffer.from(monthlyCsv(report), 'utf8').toString('base64') };
  return docxFile(name, await packReport(monthlyReportDocument(report, office, preparedAt), office.paperSize));
}
