import { register } from 'node:module';
import { defineConfig } from '@playwright/test';
import { storageStateOf } from './e2e/accounts';
import { E2E_DATA_DIR } from './e2e/data-dir';
import { findChromium } from './scripts/lib/chromium';
import { OWNER_START_COMMAND } from './scripts/lib/server-memory';

// The specs seed and read the database through lib/data, whose modules are marked server-only.
register('./scripts/lib/server-only-hooks.mjs', import.meta.url);

const port = Number(process.env.E2E_PORT ?? 3211);
// npm test and npm run test:e2e have stopped already, with what to install, when there is none.
const browser = findChromium();
const chromium = 'path' in browser ? browser.path : undefined;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
  projects: [
    // Signs one account per role in through the sign-in page; the tests reuse their sessions.
    { name: 'setup', testMatch: /auth\.setup\.ts/, use: { browserName: 'chromium' } },
    {
      name: 'chromium',
      dependencies: ['setup'],
      use: { browserName: 'chromium', viewport: { width: 1440, height: 900 }, storageState: storageStateOf('Contributor') },
    },
  ],
  // A fresh embedded database with the demo vault for every run; fast job timings.
  webServer: {
    // As npm start runs it.
    command: OWNER_START_COMMAND,
    url: `http://127.0.0.1:${port}/api/health`,
    // A first start builds the portal: minutes on a small machine.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    // A clean stop releases the data folder and gives running jobs back, as Ctrl+C does.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    env: {
      PORT: String(port),
      VAULT_DATA_DIR: E2E_DATA_DIR,
      VAULT_RESET_DATA: '1',
      VAULT_JOB_SPEED: 'fast',
    },
  },
});
