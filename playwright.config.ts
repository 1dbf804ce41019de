import { defineConfig } from '@playwright/test';
import type { AppOptions } from './tests/e2e/support/appFixture';

/**
 * Two projects run the same specs: the browser shell in Debian's Chromium (everywhere, CI included) and
 * Electron (only where its runtime is installed; the specs skip with a message otherwise).
 */
export default defineConfig<AppOptions>({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'test-results/e2e-report' }]],
  use: {
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
