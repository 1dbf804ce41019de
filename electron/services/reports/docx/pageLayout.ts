/**
 * US Letter with one-inch margins, in twentieths of a point (DXA), the unit Word's page, table and tab
 * measurements use. Tables are sized to CONTENT_WIDTH_DXA so they fill the text column exactly.
 */
export const PAGE_WIDTH_DXA = 12_240;
export const PAGE_HEIGHT_DXA = 15_840;
export const MARGIN_DXA = 1_440;
/** Where the header and footer sit, from the page edge. */
export const HEADER_FOOTER_DXA = 720;
export const CONTENT_WIDTH_DXA = PAGE_WIDTH_DXA - 2 * MARGIN_DXA;
