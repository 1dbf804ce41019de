import { Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { CONTENT_WIDTH_DXA } from './pageLayout';
import { paragraph, paragraphs } from './textBlocks';

export interface TableColumn {
  title: string;
  /** The column's share of the table width, relative to the other columns' weights. */
  weight: number;
}

/** A cell's content: text (line breaks become paragraphs) or paragraphs already built. */
export type CellContent = string | readonly (Paragraph | Table)[];

/**
 * Column widths in DXA from weights, summing exactly to `total` (the last column takes the rounding), so the
 * grid, the cells and the table width agree, as Word and LibreOffice both need for a fixed layout.
 */
export function columnWidthsDxa(weights: readonly number[], total = CONTENT_WIDTH_DXA): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const cell = (content: CellContent, width: number, header = false) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(header ? { shading: { fill: 'D9D9D9' } } : {}),
    children: typeof content === 'string' ? (header ? [paragraph(content, {}, { bold: true })] : paragraphs(content)) : [...content],
  });

/**
 * A real Word table filling the text column: explicit widths on the grid, every cell and the table, a fixed
 * layout, and the title row repeated at the top of every page the table runs onto. Rows may break across
 * pages, so a long narrative in a cell never pushes past the page.
 */
export function dataTable({ columns, rows, width = CONTENT_WIDTH_DXA }: { columns: readonly TableColumn[]; rows: readonly (readonly CellContent[])[]; width?: number }): Table {
  const widths = columnWidthsDxa(
    columns.map((c) => c.weight),
    width,
  );
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.title, widths[i], true)) }),
      ...rows.map((row) => new TableRow({ children: widths.map((w, i) => cell(row[i] ?? '', w)) })),
    ],
  });
}
