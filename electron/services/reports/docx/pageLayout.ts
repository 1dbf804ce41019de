import type { PaperSize } from '../../../api/settings/settingsSchemas';

/**
 * Page measurements in twentieths of a point (DXA), the unit Word's page, table and tab measurements use.
 * Tables are sized to CONTENT_WIDTH_DXA so they fill the text column exactly: US Letter has one-inch margins all
 * round; A4 keeps one inch at the top and bottom and the same text column, its side margins taking the
 * difference, so a document reads the same on either paper.
 */
export const PAGE_SIZES_DXA: Record<PaperSize, { width: number; height: number }> = {
  letter: { width: 12_240, height: 15_840 },
  a4: { width: 11_906, height: 16_838 },
};
export const MARGIN_DXA = 1_440;
/** Where the header and footer sit, from the page edge. */
export const HEADER_FOOTER_DXA = 720;
export const CONTENT_WIDTH_DXA = PAGE_SIZES_DXA.letter.width - 2 * MARGIN_DXA;
/** Left and right margins on a paper size, keeping the text column CONTENT_WIDTH_DXA wide. */
export const sideMarginDxa = (paper: PaperSize) => (PAGE_SIZES_DXA[paper].width - CONTENT_WIDTH_DXA) / 2;
