import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './tools/browsers/browser.ts';

const port = Number(process.env.E2E_PORT ?? 4329);
const base = process.env.BASE_PATH ?? '/';

// Runs against the production build (`npm run build` first), served by `astro preview` as a user would get it.
export default defineConfig({
  testDir: './e2e',
  // The *.test.ts files under e2e/ are node:test suites (checks of dist/, the three-engine smoke run and the host checks).
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // One worker per core: more only fight over them (two here and in CI).
  workers: availableParallelism(),
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}${base}`,
    trace: 'retain-on-failure',
    launchOptions: chromiumExecutable(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx astro preview --port ${port}`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
