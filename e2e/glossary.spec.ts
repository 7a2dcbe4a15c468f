/**
 * The glossary is a lookup page: every term must be addressable, every term must lead to
 * a section that exists, and the page must stay light enough to load fast on a phone
 * even though it lists well over a hundred terms.
 */
import { gzipSync } from 'node:zlib';
import { expect, path, test } from './fixtures';

const MIN_TERMS = 120;
const MAX_DOM_ELEMENTS = 3000;
const MAX_HTML_GZIP_BYTES = 45 * 1024;

interface Term {
  id: string;
  name: string;
  links: string[];
}

test.describe('glossary', () => {
  test('has 120+ unique term anchors, each defined and linked', async ({ page }) => {
    await page.goto(path('glossary/'));
    const terms: Term[] = await page.locator('main dl > dt').evaluateAll((dts) =>
      dts.map((dt) => {
        const dd = dt.nextElementSibling;
        return {
          id: dt.id,
          name: dt.textContent?.trim() ?? '',
          links: dd?.tagName === 'DD' ? [...dd.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href) : [],
        };
      }),
    );
    const ids = terms.map((t) => t.id);
    expect(ids.filter((id) => id === ''), 'terms without an id').toEqual([]);
    expect(new Set(ids).size, 'unique term ids').toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(MIN_TERMS);
    // An id shared with a heading or another element would make the anchor ambiguous.
    const duplicated = await page.evaluate((list) => list.filter((id) => document.querySelectorAll(`[id="${id}"]`).length !== 1), ids);
    expect(duplicated).toEqual([]);
    const unlinked = terms.filter((t) => t.links.length === 0).map((t) => t.name);
    expect(unlinked, 'terms whose definition links nowhere').toEqual([]);
  });

  test('every term links to a section that exists on its target page', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(path('glossary/'));
    const hrefs = await page.locator('main dl > dd a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThanOrEqual(MIN_TERMS);
    const byPage = new Map<string, Set<string>>();
    for (const href of hrefs) {
      const url = new URL(href);
      expect(url.hash, `${href} points to a page, not a section`).not.toBe('');
      const key = url.origin + url.pathname;
      byPage.set(key, (byPage.get(key) ?? new Set()).add(decodeURIComponent(url.hash.slice(1))));
    }
    const missing: string[] = [];
    for (const [target, wanted] of byPage) {
      const response = await page.goto(target);
      expect(response?.status(), target).toBe(200);
      const absent = await page.evaluate((list) => list.filter((id) => !document.getElementById(id)), [...wanted]);
      missing.push(...absent.map((id) => `${new URL(target).pathname}#${id}`));
    }
    expect(missing).toEqual([]);
  });

  test('the letter index reaches every letter group, and a term address scrolls to its term', async ({ page }) => {
    await page.goto(path('glossary/'));
    const letters = await page.locator('main h2').evaluateAll((hs) => hs.map((h) => h.id));
    const indexTargets = await page
      .locator('main p a[href^="#"], main p a[href*="/glossary/#"]')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
    expect(letters.length).toBeGreaterThan(15);
    expect(indexTargets).toEqual(letters);

    // Terms are alphabetical within and across the letter groups.
    const names = await page.locator('main dl > dt').allTextContents();
    const sortKey = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
    expect(names.map(sortKey)).toEqual([...names.map(sortKey)].sort());

    await page.goto(path('glossary/#kv-cache'));
    await expect(page.locator('dt#kv-cache')).toBeInViewport();
    await expect(page.locator('dt#kv-cache')).toHaveText('KV cache');
  });

  test(`stays under ${MAX_DOM_ELEMENTS} DOM elements and ${MAX_HTML_GZIP_BYTES / 1024} KiB of gzip HTML`, async ({ page, request }) => {
    const response = await request.get(path('glossary/'));
    expect(response.status()).toBe(200);
    const gzipBytes = gzipSync(await response.body(), { level: 9 }).length;
    expect(gzipBytes).toBeLessThan(MAX_HTML_GZIP_BYTES);
    await page.goto(path('glossary/'));
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    expect(elements).toBeLessThan(MAX_DOM_ELEMENTS);
  });
});
