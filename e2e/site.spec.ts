import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { HANDBOOK_PRINT_PATH, PRINT_DIR } from '../src/plugins/print/constants.mjs';
import { expect, path, test } from './fixtures';
import { builtHtmlPaths, builtPages } from './pages';

const pages = builtPages();
/** The print views (/print/…, the sources of the PDFs): not in the sitemap, so read from dist/. */
const printViews = builtHtmlPaths().filter((p) => p.startsWith(`${PRINT_DIR}/`));

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** axe's violations on the page as it is now, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

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
        // Lay out the whole page, as a reader who scrolls to each block sees it. Offscreen
        // prose blocks skip layout (content-visibility: auto) and stand in at an estimated
        // height, while axe still measures their children where they would be: a list skipped
        // above a calculator then "obscures" its buttons (target-size) and a link inside a
        // skipped paragraph sits over the wrong background (color-contrast). Nothing of a
        // skipped block is painted, so a reader never sees either.
        await page.evaluate(() => document.documentElement.setAttribute('data-full-layout', ''));
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    // What depends on width, not theme: on a phone most tables scroll sideways, and a
    // scroll region must be reachable by keyboard; touch targets sit closer together.
    test('has no axe violations on a phone (360 px)', async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto(path(p));
      await page.evaluate(() => document.documentElement.setAttribute('data-full-layout', ''));
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test('the print views are found', () => {
  expect(printViews).toContain(`${PRINT_DIR}/handbook/`);
  expect(printViews.length).toBeGreaterThan(5);
});

// The print views are read on paper (they are what the PDFs are printed from), so axe sees
// them as print media lays them out: forced light colours, no site chrome. In the whole
// handbook, axe checks what is its own (cover, contents, chapter titles and leads): the
// chapters' content is the markup each chapter's print view has, checked there, and is
// removed first, because axe over all of it at once takes minutes (an axe `exclude` of it
// is slower still).
for (const p of printViews) {
  test(`print view /${p} has no axe violations (print media)`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ media: 'print' });
    const response = await page.goto(path(p));
    expect(response?.status()).toBe(200);
    if (p === HANDBOOK_PRINT_PATH) {
      const removed = await page.evaluate(() => {
        const content = document.querySelectorAll('.handbook-chapter > :not(.handbook-chapter-title, .handbook-chapter-lead)');
        content.forEach((el) => el.remove());
        return content.length;
      });
      expect(removed, 'chapter content found in the handbook view').toBeGreaterThan(100);
      await expect(page.locator('.handbook-chapter-title')).not.toHaveCount(0);
    }
    expect(await axeViolations(page)).toEqual([]);
  });
}
