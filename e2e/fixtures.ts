/**
 * Shared test fixture: every test fails if the page logs a console error, throws, or a
 * request fails or answers 4xx/5xx. Calculators in particular must never reach NaN or a
 * console error on bad input.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('requestfailed', (req) => {
        // A request cut short because the test navigated on is not a site problem.
        if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      await use(problems);
      expect(problems, 'console errors, page errors or failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Site-relative path → URL under the configured base (no leading slash needed). */
export function path(p: string): string {
  return p.replace(/^\//, '');
}
