import { Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { CONTENT_WIDTH_DXA } from './pageLayout';
import { paragraph, paragraphs } from './textBlocks';

export interface TableColumn {
  title: string;
  /**
   * How much of the width left over, once every column is wide enough for its longest word, this column takes
   * relative to the others (scaled by how much wider its content would like to be). Cells given as built
   * paragraphs cannot be measured, so for them the weight is the whole guide.
   */
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

/** Rough widths in DXA of a Calibri 11-point character (a little generous, so a word that fits here fits on paper), bold header text, and a cell's side margins. */
const CHAR_DXA = 120;
const HEADER_CHAR_DXA = 132;
const CELL_MARGINS_DXA = 2 * 80 + 60;
/** A column is never asked to hold more than this many characters on a line, nor to keep a longer word (a pasted address) whole. */
const NATURAL_CHARS_CAP = 60;
const WORD_CHARS_CAP = 24;

const longestWord = (text: string) => Math.min(WORD_CHARS_CAP, Math.max(0, ...text.split(/\s+/).map((word) => word.length)));
const longestLine = (text: string) => Math.min(NATURAL_CHARS_CAP, Math.max(0, ...text.split('\n').map((line) => line.trim().length)));

/**
 * Column widths sized to the content: each column at least as wide as its longest word (header included), so
 * no word breaks in the middle; the width left over shared out by how much wider each column's content would
 * like to be, times its weight. Only when even the longest words cannot all fit are the columns squeezed,
 * in proportion.
 */
export function contentWidthsDxa(columns: readonly TableColumn[], rows: readonly (readonly CellContent[])[], total = CONTENT_WIDTH_DXA): number[] {
  const measured = columns.map((column, i) => {
    const cells = rows.map((row) => row[i] ?? '');
    const texts = cells.filter((c): c is string => typeof c === 'string');
    const built = texts.length < cells.length;
    const min = Math.max(longestWord(column.title) * HEADER_CHAR_DXA, ...texts.map((t) => longestWord(t) * CHAR_DXA)) + CELL_MARGINS_DXA;
    const natural = built ? NATURAL_CHARS_CAP * CHAR_DXA : Math.max(longestLine(column.title) * HEADER_CHAR_DXA, ...texts.map((t) => longestLine(t) * CHAR_DXA)) + CELL_MARGINS_DXA;
    return { min, natural: Math.max(min, natural), weight: column.weight };
  });
  const minSum = measured.reduce((sum, m) => sum + m.min, 0);
  if (minSum >= total)
    return columnWidthsDxa(
      measured.map((m) => m.min),
      total,
    );
  const wants = measured.map((m) => (m.natural - m.min) * m.weight);
  const wantSum = wants.reduce((a, b) => a + b, 0);
  const slack = total - minSum;
  // Nothing wants more room (short words, short cells): share the slack by weight alone.
  const shares = wantSum > 0 ? wants : measured.map((m) => m.weight);
  const shareSum = shares.reduce((a, b) => a + b, 0);
  return columnWidthsDxa(
    measured.map((m, i) => m.min + (slack * shares[i]) / shareSum),
    total,
  );
}

const isEmptyRow = (row: readonly CellContent[]) => row.every((c) => typeof c === 'string' && !c.trim());

const cell = (content: CellContent, width: number, { header = false, keepNext = false } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(header ? { shading: { fill: 'D9D9D9' } } : {}),
    children: typeof content === 'string' ? (header ? [paragraph(content, {}, { bold: true })] : paragraphs(content, keepNext ? { keepNext } : {})) : [...content],
  });

/**
 * A real Word table filling the text column: explicit widths on the grid, every cell and the table, a fixed
 * layout, columns sized to their content, and the title row (the only header row) repeated at the top of every
 * page the table runs onto. No row breaks across pages, so a reference number never reads "RIF-2611-" at the
 * foot of one page and "0482" at the top of the next; rows with nothing in them are left out.
 * `keepLastRowWithNext` keeps the last row on the page of what follows (a signature block): its text cells are
 * built so here, and cells given as built paragraphs must carry `keepNext` themselves.
 */
export function dataTable({
  columns,
  rows,
  width = CONTENT_WIDTH_DXA,
  keepLastRowWithNext = false,
}: {
  columns: readonly TableColumn[];
  rows: readonly (readonly CellContent[])[];
  width?: number;
  keepLastRowWithNext?: boolean;
}): Table {
  const body = rows.filter((row) => !isEmptyRow(row));
  const widths = contentWidthsDxa(columns, body, width);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.title, widths[i], { header: true })) }),
      ...body.map((row, r) => new TableRow({ cantSplit: true, children: widths.map((w, i) => cell(row[i] ?? '', w, { keepNext: keepLastRowWithNext && r === body.length - 1 })) })),
    ],
  });
}
