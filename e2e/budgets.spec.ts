/**
 * Page-weight budgets over the built site (scripts/budgets.mjs), read from dist/ with no
 * browser and no timing, so they hold or fail the same way on every machine: a page that
 * grows past them fails CI. Lighthouse scores live in `npm run bench`.
 */
import { test as plain } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { BUDGETS, KNOWN_OVER } from '../scripts/budgets.mjs';
import { islandCosts, pageWeight, sitemapPaths, type PageWeight } from '../scripts/page-weight.mjs';
import { expect } from './fixtures';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');
const pages: PageWeight[] = sitemapPaths(DIST).map((p) => pageWeight(DIST, BASE, p));
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
/** Budget key for the allowance table: the path without the base. */
const key = (path: string) => `/${path.slice(BASE.length)}`;

plain('the sitemap lists pages of every kind: plain, with formulas, with calculators', () => {
  expect(pages.length).toBeGreaterThan(5);
  expect(pages.some((p) => p.displayMath + p.inlineMath === 0 && p.islands.length === 0)).toBe(true);
  expect(pages.some((p) => p.displayMath > 0)).toBe(true);
  expect(pages.some((p) => p.islands.length > 0)).toBe(true);
});

for (const p of pages) {
  plain.describe(`page ${p.path}`, () => {
    const over = KNOWN_OVER.pages[key(p.path)] ?? {};
    const hasMath = p.displayMath + p.inlineMath > 0;

    plain(`DOM ≤ ${over.elements ?? BUDGETS.elements} elements, HTML ≤ ${kib(over.htmlGzip ?? BUDGETS.htmlGzip)} gzip`, () => {
      expect(p.elements, `${p.path}: elements`).toBeLessThanOrEqual(over.elements ?? BUDGETS.elements);
      expect(p.htmlGzip, `${p.path}: HTML gzip bytes`).toBeLessThanOrEqual(over.htmlGzip ?? BUDGETS.htmlGzip);
    });

    plain(`CSS within its budget; math CSS only with formulas (${hasMath ? 'has' : 'no'} math)`, () => {
      expect(p.loadsMathCss, `${p.path}: math stylesheet`).toBe(hasMath);
      expect(p.cssGzip, `${p.path}: CSS gzip bytes`).toBeLessThanOrEqual(hasMath ? BUDGETS.cssGzip.withMath : BUDGETS.cssGzip.plain);
    });

    plain(`JavaScript within its budget; island code only with calculators (${p.islands.length} islands)`, () => {
      expect(p.jsGzip - p.islandJsGzip, `${p.path}: JS besides islands`).toBeLessThanOrEqual(BUDGETS.pageJsGzip);
      expect(p.loadsSearchUi, `${p.path}: Pagefind UI code or CSS with the page`).toBe(false);
      if (p.islands.length === 0) {
        expect(p.islandJsGzip).toBe(0);
        expect(p.loadsPreact, `${p.path} loads Preact without a calculator`).toBe(false);
        expect(p.scripts.filter((s) => /mermaid|katex|temml|pagefind/i.test(s))).toEqual([]);
      }
    });
  });
}

plain('each calculator island ships at most 12 KiB of its own JavaScript, beyond the shared Preact runtime and calculator kit', () => {
  const { islands, runtimeGzipBytes, kitGzipBytes, kitFiles, calculatorCount } = islandCosts(DIST, BASE, pages);
  expect(islands.length).toBeGreaterThan(3);
  expect(runtimeGzipBytes).toBeGreaterThan(0);
  expect(runtimeGzipBytes).toBeLessThanOrEqual(BUDGETS.islandRuntimeGzip);
  // The kit is what every calculator loads: found among all the calculators, and budgeted.
  expect(calculatorCount, 'calculators that share the kit').toBeGreaterThan(5);
  expect(kitGzipBytes, `the calculator kit: ${kitFiles.join(', ')}`).toBeGreaterThan(1000);
  expect(kitGzipBytes, `the calculator kit: ${kitFiles.join(', ')}`).toBeLessThanOrEqual(BUDGETS.calculatorKitGzip);
  for (const i of islands) {
    expect(i.gzipBytes, `${i.island}: ${i.files.join(', ')}`).toBeLessThanOrEqual(KNOWN_OVER.islands[i.island] ?? BUDGETS.islandGzip);
    expect(i.gzipBytes, `${i.island} measures something`).toBeGreaterThan(500);
  }
});

plain('allowances are still needed: a page or island listed over budget is over it', () => {
  for (const [path, caps] of Object.entries(KNOWN_OVER.pages)) {
    const p = pages.find((x) => key(x.path) === path);
    expect(p, `${path} is built`).toBeDefined();
    const over = (caps.htmlGzip !== undefined && p!.htmlGzip > BUDGETS.htmlGzip) || (caps.elements !== undefined && p!.elements > BUDGETS.elements);
    expect(over, `${path} now meets its budget: remove it from KNOWN_OVER`).toBe(true);
  }
  const { islands } = islandCosts(DIST, BASE, pages);
  for (const name of Object.keys(KNOWN_OVER.islands)) {
    const i = islands.find((x) => x.island === name);
    expect(i, `${name} is built`).toBeDefined();
    expect(i!.gzipBytes, `${name} now meets its budget: remove it from KNOWN_OVER`).toBeGreaterThan(BUDGETS.islandGzip);
  }
});
