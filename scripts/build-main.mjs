// Bundles the main-process entries (Electron main, preload, browser shell) into dist/electron as CommonJS.
// better-sqlite3 stays external: it is a native module loaded from node_modules (rebuilt for Electron by electron-builder).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'info',
  external: ['electron', 'better-sqlite3'],
};

await build({
  ...common,
  entryPoints: {
    main: 'electron/main.ts',
    preload: 'electron/preload.ts',
    shell: 'electron/shell/index.ts',
  },
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
});
