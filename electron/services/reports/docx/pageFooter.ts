import { Footer, Paragraph, SimpleField, TabStopType, TextRun, Tab } from 'docx';
import { CONTENT_WIDTH_DXA } from './pageLayout';
import { textRun } from './textBlocks';

/**
 * The report's date on the left and "Page X of Y" on the right. The page numbers are simple fields with a
 * cached value ("1"): docx's PageNumber.CURRENT / TOTAL_PAGES leave the fields without one, which is what
 * makes Word offer to repair the file. Word and LibreOffice recompute the numbers when they lay the page out.
 * Body-size text throughout, because a field's result takes no run formatting from its neighbours.
 */
export function pageNumberFooter(reportDate: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH_DXA }],
        children: [textRun(reportDate), new TextRun({ children: [new Tab(), 'Page '] }), new SimpleField('PAGE', '1'), textRun(' of '), new SimpleField('NUMPAGES', '1')],
      }),
    ],
  });
}
