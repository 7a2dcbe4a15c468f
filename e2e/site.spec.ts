import AxeBuilder from '@axe-core/playwright';
import { expect, path, test } from './fixtures';
import { builtPages } from './pages';

const pages = builtPages();

test('the sitemap lists the landing page and the guides', () => {
  expect(pages).toContain('');
  expect(pages).toContain('start-here/how-to-use/');
  expect(pages).toContain('tools/');
});

for (const p of pages) {
  test.describe(`page /${p}`, () => {
    test('answers 200 with one h1, a description, no mermaid source and no console error', async ({ page }) => {
      const response = await page.goto(path(p));
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length ?? 0).toBeGreaterThan(50);
      // Diagrams are rendered at build time: no raw mermaid source and no mermaid runtime.
      await expect(page.locator('pre code.language-mermaid, pre[data-language="mermaid"]')).toHaveCount(0);
      await expect(page.locator('script[src*="mermaid"]')).toHaveCount(0);
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`has no axe violations (${theme} theme)`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        await page.goto(path(p));
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
        // Everything but contrast on the page as it loads, offscreen prose blocks skipped.
        const results = await new AxeBuilder({ page }).withTags(tags).disableRules(['color-contrast']).analyze();
        // Contrast on every block laid out, as each is once a reader scrolls to it: a skipped
        // block stands in at an estimated 10rem (custom.css), so a longer paragraph's text
        // spills onto the next block and axe would measure a link against, say, a tip's tint.
        await page.evaluate(() => document.documentElement.setAttribute('data-full-layout', ''));
        const contrast = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
        const summary = [...results.violations, ...contrast.violations].map(
          (v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
