import type { ExportedFile } from '../../api/reports/reportsWire';

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A packed .docx as the renderer receives it; the name is kept to letters, digits, dot, dash and underscore. */
export const docxFile = (name: string, bytes: Buffer): ExportedFile => ({
  fileName: `${name.replace(/[^A-Za-z0-9._-]+/g, '_')}.docx`,
  mimeType: DOCX_MIME_TYPE,
  base64: bytes.toString('base64'),
});
