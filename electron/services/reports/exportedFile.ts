export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file for the renderer to save; base64 so it crosses Electron IPC and the browser shell's JSON alike. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** A packed .docx as the renderer receives it; the name is kept to letters, digits, dot, dash and underscore. */
export const docxFile = (name: string, bytes: Buffer): ExportedFile => ({
  fileName: `${name.replace(/[^A-Za-z0-9._-]+/g, '_')}.docx`,
  mimeType: DOCX_MIME_TYPE,
  base64: bytes.toString('base64'),
});
