import { defineConfig } from '@playwright/test';
import type { AppOptions } from './tests/e2e/support/appFixture';

/**
 * Two projects run the same specs: the browser shell in Debian's Chromium (everywhere, CI included) and
 * Electron (only where its runtime is installed; the specs skip with a message otherwise).
 * The window size and scale are fixed so that no result depends on the developer's screen; the app ships its
 * own UI font. Tests run in two workers, any test in either: every test starts its own app on its own data folder
 * (tests/e2e/support/appFixture.ts), so no two tests share state, and a file of several long flows does not keep
 * one worker busy while the other has finished.
 */
export default defineConfig<AppOptions>({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  // Each test is a whole officer flow with several axe runs (about 2 s each on a busy two-core machine).
  timeout: 180_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'test-results/e2e-report' }]],
  use: {
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'browser-shell', use: { host: 'browser-shell' } },
    { name: 'electron', use: { host: 'electron' } },
  ],
});
