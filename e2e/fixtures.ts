/**
 * Shared test fixture: every test fails if the page logs a console error, throws, or a
 * request fails or answers 4xx/5xx. Calculators in particular must never reach NaN or a
 * console error on bad input.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ problems: string[]; expectedErrorPaths: string[] }>({
  /**
   * Site paths a test visits on purpose although they answer an HTTP error (a missing
   * page that must show the 404 page). That response, and the browser's console line
   * about it, are expected; every other failure still fails the test.
   */
  expectedErrorPaths: [[], { option: true }],
  problems: [
    async ({ page, expectedErrorPaths, baseURL }, use) => {
      const problems: string[] = [];
      const expectedUrls = new Set(expectedErrorPaths.map((p) => new URL(path(p), baseURL).href));
      const expected = (url: string) => expectedUrls.has(url.replace(/#.*$/, ''));
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        if (expected(msg.location().url) && /status of 404/.test(msg.text())) return;
        problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('requestfailed', (req) => {
        // A request cut short because the test navigated on is not a site problem.
        if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400 && !(res.status() === 404 && expected(res.url()))) problems.push(`HTTP ${res.status()}: ${res.url()}`);
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
