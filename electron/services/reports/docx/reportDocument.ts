import { Document, Packer, type Footer, type Header, type Paragraph, type Table } from 'docx';
import { cleanText } from './cleanText';
import type { PaperSize } from '../../../api/settings/settingsSchemas';
import { HEADER_FOOTER_DXA, MARGIN_DXA, PAGE_SIZES_DXA, sideMarginDxa } from './pageLayout';

export type Block = Paragraph | Table;

export interface ReportDocument {
  /** The document's title in its properties (File › Properties), e.g. "Chronological contact log". */
  title: string;
  /** Who made it, in its properties: the office's name. */
  creator: string;
  header: Header;
  footer: Footer;
  body: readonly Block[];
}

/** Body text: 11-point Calibri (Carlito in LibreOffice), with a little space after each paragraph. */
const styles = {
  default: {
    document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: { after: 120 } } },
    heading1: { run: { font: 'Calibri', size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
    heading2: { run: { font: 'Calibri', size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
    heading3: { run: { font: 'Calibri', size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 120, after: 60 } } },
  },
};

/** Assembles one section on the office's paper (US Letter or A4) with the header and footer on every page, and packs it as a .docx. */
export function packReport(report: ReportDocument, paper: PaperSize): Promise<Buffer> {
  const side = sideMarginDxa(paper);
  const document = new Document({
    title: cleanText(report.title),
    creator: cleanText(report.creator),
    styles,
    sections: [
      {
        properties: {
          page: {
            size: PAGE_SIZES_DXA[paper],
            margin: { top: MARGIN_DXA, bottom: MARGIN_DXA, left: side, right: side, header: HEADER_FOOTER_DXA, footer: HEADER_FOOTER_DXA },
          },
        },
        headers: { default: report.header },
        footers: { default: report.footer },
        children: [...report.body],
      },
    ],
  });
  return Packer.toBuffer(document);
}
