import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

// Tests run against the production build (`npm run build`), served by `astro preview`.
// E2E_PORT lets several checkouts test at once; BASE_PATH must match the build's.
const port = Number(process.env.E2E_PORT ?? 4322);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `${origin}${base}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
  },
  webServer: {
    command: `npx astro preview --port ${port} --host 127.0.0.1`,
    url: `${origin}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
