import { z } from 'zod';

/** A file for the renderer to save; base64 so it crosses Electron IPC and the browser shell's JSON alike. */
export const exportedFileWire = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
});
export type ExportedFile = z.infer<typeof exportedFileWire>;
