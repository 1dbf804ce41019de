/** Saves text as a file through the browser's download, which works in Electron and in the browser shell alike. */
export function downloadTextFile(filename: string, content: string, mimeType: string) {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium has taken the blob by the next task; revoking it then frees the memory.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
