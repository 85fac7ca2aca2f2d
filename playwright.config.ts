import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.cjs';

const PORT = Number(process.env.E2E_PORT || 3100);
const chromium = findChromium();

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // Changes through the API must name this site as their Origin, as a browser's fetch does;
    // page.request and the request fixture do not send one by themselves.
    extraHTTPHeaders: { origin: `http://localhost:${PORT}` },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: chromium?.path,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // The production build `npm run test:e2e` just made, on a fresh seeded database.
    command: 'npx tsx scripts/demo.ts --fresh --no-build',
    url: `http://localhost:${PORT}/api/v1/articles`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(PORT),
      DATABASE_PATH: './data/e2e/isnad-e2e.db',
      AUTH_SECRET: 'e2e-secret-not-for-production-0123456789',
      AUTH_TRUST_HOST: 'true',
      ISNAD_DEMO_PASSWORD: 'isnad-demo-2023',
      ISNAD_ORG_NAME: 'Isnad Test Desk',
      // Import from a link: the fixture pages are served from this machine (e2e/outputs).
      ISNAD_FETCH_ALLOW_ADDRESSES: '127.0.0.1',
      ISNAD_FETCH_ALLOW_IN_PRODUCTION: 'true',
    },
  },
});
