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
              // Services and the database run in the main process; their pure zod *Schemas files are shared, and so
              // are the screening's scoring, a drug test's overall result and the record's labels, so the renderer shows
              // what the host decides and names codes as the reports do.
              regex: '(/db/(open|vault|vaultFormat|keySlots|recoveryKey)$)|(/services/[^/]+/(?!([^/]*Schemas|scoring|overallResult|recordLabels|clientLabels)$)[^/]+$)|(^electron$)|(^node:)',
              allowTypeImports: true,
              message: 'The renderer reaches data only through window.api (type imports are fine).',
            },
          ],
        },
      ],
    },
  },
  {
    // Vitest's asymmetric matchers (expect.stringMatching, expect.any, ...) are typed any, and tests read raw JSON
    // files on purpose: the no-unsafe-* rules would flag nearly every refusal check. App code keeps them.
    files: ['tests/**/*.ts'],
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
);
