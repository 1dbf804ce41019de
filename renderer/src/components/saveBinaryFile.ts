import type { ExportedFile } from '../../../electron/api/reports/reportsWire';

/**
 * Saves a blob through the browser's download: in Electron the main process answers it with a save dialog
 * (electron/main.ts), in the browser shell it is the browser's own download.
 */
export function downloadBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium has taken the blob by the next task; revoking it then frees the memory.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves a file the host made (a .docx export), which arrives as base64. */
export function saveBinaryFile({ fileName, mimeType, base64 }: ExportedFile) {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  downloadBlob(fileName, new Blob([bytes], { type: mimeType }));
}
