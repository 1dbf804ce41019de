import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', '.cache/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // Plain JS config and build scripts are outside tsconfig.json: no type information for them.
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The app never reaches the network: no fetch to anything but the app's own origin.
      'no-restricted-properties': ['error', { object: 'shell', property: 'openExternal', message: 'The app never opens external URLs.' }],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // The contract layer (electron/api) is the renderer's only way into the main-process side; type imports
              // included, so no table's or service's shape reaches the screens except as a declared wire type.
              regex: '((^|/)db/)|(/electron/(services|ipc|shell|host)/)|(^electron$)|(^node:)|(^drizzle-orm)|(^better-sqlite3)',
              message: 'The renderer imports only the contract layer (electron/api) from the main-process side, and reaches data through window.api.',
            },
          ],
        },
      ],
    },
  },
  {
    // Vitest's asymmetric matchers (expect.stringMatching, expect.any, ...) are typed any, and tests read raw JSON
    // files on purpose: the no-unsafe-* rules would flag nearly every refusal check. App code keeps them.
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['renderer/src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // Playwright fixtures that need no other fixture must destructure an empty object.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/ipc/**/*.ts', 'electron/host/**/*.ts', 'electron/shell/**/*.ts', 'db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Services, IPC dispatch and hosts run under plain Node: no electron import.' }] }],
    },
  },
  {
    // The contract layer is browser-safe and is what crosses the boundary (and, in office mode, the network): it
    // declares shapes and never imports the database, a service, Node or Electron. db/ takes its codes from it.
    files: ['electron/api/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '((^|/)db/)|((^|/)(services|ipc|shell|host)/)|(^electron$)|(^node:)|(^drizzle-orm)|(^better-sqlite3)|(^docx$)',
              message: 'electron/api is the browser-safe contract layer: it may import only zod, dayjs and other electron/api modules.',
            },
          ],
        },
      ],
    },
  },
  {
    // The tables take their codes from the contract layer, never the reverse, and know nothing of services.
    files: ['db/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '/electron/(services|ipc|shell|host)/', message: 'db/ imports codes from electron/api only, never a service.' }] },
      ],
    },
  },
);
