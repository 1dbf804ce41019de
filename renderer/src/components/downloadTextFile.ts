import { downloadBlob } from './saveBinaryFile';

/** Saves text as a file through the browser's download, which works in Electron and in the browser shell alike. */
export function downloadTextFile(filename: string, content: string, mimeType: string) {
  downloadBlob(filename, new Blob([content], { type: mimeType }));
}
