/**
 * The Content-Security-Policy (src/csp/policy.mjs) on the built site: every HTML file in
 * dist/ (pages, print views, the 404 page) carries one strict policy that also allows
 * whatever comes before it, and loads under it without a single violation; search (Pagefind, loaded on
 * first use, WebAssembly) and a calculator (a Preact island) work under it too.
 *
 * A violation is caught twice: the page's `securitypolicyviolation` events, and any console
 * line about the policy (the shared fixture also fails on every console error).
 */
import type { Page } from '@playwright/test';
import { CalculatorPage } from './calculator';
import { expect, path, test } from './fixtures';
import { builtHtmlPaths } from './pages';

const paths = builtHtmlPaths();

/** Sources a directive may list: the site itself, hashes, and the two keywords policy.mjs explains. */
const ALLOWED_SOURCES: Record<string, RegExp> = {
  'script-src': /^'self'$|^'sha256-[A-Za-z0-9+/]+=*'$|^'wasm-unsafe-eval'$/,
  'style-src': /^'self'$|^'sha256-[A-Za-z0-9+/]+=*'$/,
  'style-src-attr': /^'unsafe-inline'$/,
  'img-src': /^'self'$|^data:$/,
  'object-src': /^'none'$/,
};
const SELF_ONLY = /^'self'$/;

/** Records every CSP violation and every console line about the policy. */
async function watchPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding('__cspViolation', (_source, v: string) => {
    violations.push(v);
  });
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation;
        void report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`);
      },
      true,
    );
  });
  page.on('console', (msg) => {
    if (/content.security.policy/i.test(msg.text())) violations.push(`console ${msg.type()}: ${msg.text()}`);
  });
  return violations;
}

/** Lets late work (idle islands, lazy stylesheets) run, so its violations are seen too. */
async function settle(page: Page) {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestAnimationFrame(resolve), { timeout: 2_000 })));
}

test('every built page is checked, print views and the 404 page included', () => {
  expect(paths).toContain('');
  expect(paths).toContain('404.html');
  expect(paths).toContain('print/handbook/');
  expect(paths.length).toBeGreaterThan(20);
});

for (const p of paths) {
  test(`/${p} loads under a strict policy with no violation`, async ({ page }) => {
    const violations = await watchPolicy(page);
    await page.goto(path(p));
    await settle(page);

    const metas = page.locator('meta[http-equiv="content-security-policy" i]');
    await expect(metas).toHaveCount(1);
    const policy = (await metas.getAttribute('content')) ?? '';
    // A <meta> policy governs only what comes after it, and Astro writes it at the end of
    // <head>, after Starlight's theme script. Whatever comes before it must be something
    // the policy allows anyway: a same-origin file, or inline text whose hash it lists.
    const before = await metas.evaluate(async (meta) => {
      const digest = async (text: string) =>
        `sha256-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))))}`;
      const out: { what: string; source: string }[] = [];
      for (const el of document.querySelectorAll('script, style, link[rel~="stylesheet"], link[rel~="modulepreload"]')) {
        if (!(el.compareDocumentPosition(meta) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
        const url = el.getAttribute('src') ?? el.getAttribute('href');
        const what = el.outerHTML.slice(0, 80);
        out.push({ what, source: url === null ? `'${await digest(el.textContent ?? '')}'` : new URL(url, location.href).origin === location.origin ? "'self'" : url });
      }
      return out;
    });
    const tokens = policy.split(/[\s;]+/);
    expect(before.filter((b) => !tokens.includes(b.source)).map((b) => b.what), 'before the policy, and not allowed by it').toEqual([]);
    const directives = new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...sources]) => [name!, sources]),
    );
    for (const name of ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri']) {
      expect(directives.has(name), `the policy has ${name}: ${policy}`).toBe(true);
    }
    for (const [name, sources] of directives) {
      const allowed = ALLOWED_SOURCES[name] ?? SELF_ONLY;
      expect(sources.filter((s) => !allowed.test(s)), `${name} lists only allowed sources`).toEqual([]);
    }
    expect(violations).toEqual([]);
  });
}

test('search loads, runs its WebAssembly and shows results under the policy', async ({ page }) => {
  const violations = await watchPolicy(page);
  await page.goto(path('metrics/'));
  await page.getByRole('button', { name: /^Search/ }).click();
  await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox').fill('calibration');
  const result = page.locator('.pagefind-ui__result-link').first();
  await expect(result).toBeVisible({ timeout: 15_000 });
  await expect(result).toHaveAttribute('href', /\/$/);
  await settle(page);
  expect(violations).toEqual([]);
});

test('a calculator hydrates and recomputes under the policy', async ({ page }) => {
  const violations = await watchPolicy(page);
  const calc = await CalculatorPage.open(page, 'capacity-estimator');
  // 400,000,000 users × 12 requests = 4.8e9 a day by default; × 10 requests, 4e9.
  await expect(calc.step('traffic-day')).toHaveText('4,800,000,000 a day');
  await calc.input('actionsPerUserPerDay').fill('10');
  await expect(calc.step('traffic-day')).toHaveText('4,000,000,000 a day');
  await settle(page);
  expect(violations).toEqual([]);
});
