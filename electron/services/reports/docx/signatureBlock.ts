import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { columnWidthsDxa } from './dataTable';
import { CONTENT_WIDTH_DXA } from './pageLayout';
import { paragraph } from './textBlocks';

export interface Signatory {
  /** What the signature attests: "Prepared by", "Approved by". */
  role: string;
  name: string;
  /** Job title, e.g. "Probation Officer"; left out when empty. */
  title?: string;
  /** Printed as given; empty leaves a line to date by hand. */
  date?: string;
}

const LINE = '_'.repeat(36);

function signatoryCell(signatory: Signatory, width: number) {
  const lines = [
    paragraph(signatory.role, { spacing: { after: 480 } }, { bold: true }),
    paragraph(LINE, { spacing: { after: 0 } }),
    paragraph(signatory.name, { spacing: { after: 0 } }),
    ...(signatory.title ? [paragraph(signatory.title, { spacing: { after: 0 } })] : []),
    paragraph(`Date: ${signatory.date || '________________'}`, { spacing: { before: 120 } }),
  ];
  return new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, children: lines });
}

/**
 * Signature lines side by side (officer, approving supervisor…), kept together on one page. Built as a
 * borderless table so the blocks line up in every word processor.
 */
export function signatureBlock(signatories: readonly Signatory[]): (Paragraph | Table)[] {
  const widths = columnWidthsDxa(signatories.map(() => 1));
  return [
    new Paragraph({ spacing: { before: 480 }, keepNext: true, children: [] }),
    new Table({
      width: { size: CONTENT_WIDTH_DXA, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      rows: [new TableRow({ cantSplit: true, children: signatories.map((s, i) => signatoryCell(s, widths[i])) })],
    }),
  ];
}
