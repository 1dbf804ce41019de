import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const rendererDir = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: rendererDir,
  base: '/',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: path.resolve(rendererDir, '../dist/renderer'),
    emptyOutDir: true,
    // The polyfill would be an extra script; Chromium (Electron and the browser shell) supports modulepreload natively.
    modulePreload: { polyfill: false },
    // Fonts and other assets stay files served from 'self': the CSP allows data: only for images.
    assetsInlineLimit: 0,
    // One bundle read from the local disk, never over a network: its size is not a loading concern.
    chunkSizeWarningLimit: 2000,
  },
});
