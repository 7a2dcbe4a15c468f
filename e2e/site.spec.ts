import AxeBuilder from '@axe-core/playwright';
import { expect, path, test } from './fixtures';
import { sitemapPaths } from './pages';

test('the sitemap lists every kind of page', async ({ request, baseURL }) => {
  const paths = await sitemapPaths(request, baseURL!);
  expect(paths).toContain('');
  expect(paths).toContain('start-here/how-to-use/');
  expect(paths.length).toBeGreaterThanOrEqual(4);
});

test('every page answers 200 with one h1, a description and no console error', async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  const paths = await sitemapPaths(request, baseURL!);
  for (const p of paths) {
    const response = await page.goto(path(p));
    expect(response?.status(), p).toBe(200);
    await expect(page.locator('h1'), p).toHaveCount(1);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length ?? 0, `${p} meta description`).toBeGreaterThan(50);
    // No raw mermaid source and no mermaid runtime reach the reader.
    await expect(page.locator('pre code.language-mermaid, pre[data-language="mermaid"]'), p).toHaveCount(0);
    expect(await page.locator('script[src*="mermaid"]').count(), p).toBe(0);
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`no axe violations on any page (${theme} theme)`, async ({ page, request, baseURL }) => {
    test.setTimeout(300_000);
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const paths = await sitemapPaths(request, baseURL!);
    const failures: string[] = [];
    for (const p of paths) {
      await page.goto(path(p));
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
        .analyze();
      for (const v of results.violations) {
        failures.push(`${p || '/'}: ${v.id} (${v.impact}) ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
    }
    expect(failures).toEqual([]);
  });
}
