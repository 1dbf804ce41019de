import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // tests/e2e belongs to Playwright. The renderer's component tests (tests/components) choose jsdom in a
    // `@vitest-environment jsdom` docblock at the top of each file; everything else runs under node.
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/faults/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    // Real PBKDF2 (600,000 iterations) costs 0.3–0.5 s per wrap or unwrap on a small machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // better-sqlite3 is a native module; separate processes keep its handles out of each other's way.
    pool: 'forks',
    // The suite is CPU-bound (PBKDF2, SQLCipher); the default of cores − 1 runs one file at a time on two cores.
    maxWorkers: '100%',
  },
});
