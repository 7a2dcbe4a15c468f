/**
 * What a new reader meets first, on a desktop and on a phone: the 404 page, the landing
 * page's header and cards on a phone, and the case-study comparison table, whose every
 * column must be on screen. Expectations come from the MDX sources and the built pages,
 * not from the components that render them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, path, test } from './fixtures';

const DOCS = fileURLToPath(new URL('../src/content/docs/', import.meta.url));

/** The main sections a reader must be able to reach from anywhere. */
const MAIN_SECTIONS = ['start-here/how-to-use/', 'framework/', 'metrics/', 'serving/', 'case-studies/', 'tools/'];

/** Case studies, counted from their sources: every MDX page with `kind: case-study`. */
const caseStudyCount = readdirSync(join(DOCS, 'case-studies')).filter(
  (f) => f.endsWith('.mdx') && /^kind:\s*case-study\s*$/m.test(readFileSync(join(DOCS, 'case-studies', f), 'utf8')),
).length;

/** Whether `el` is drawn whole: inside the viewport and inside every ancestor that clips. */
async function fullyVisible(el: Locator): Promise<string | undefined> {
  return el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return 'has no size';
    if (r.left < -0.5 || r.right > window.innerWidth + 0.5) return `runs outside the viewport (${Math.round(r.left)}–${Math.round(r.right)} of ${window.innerWidth})`;
    for (let a = node.parentElement; a; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const b = a.getBoundingClientRect();
      if (r.left < b.left - 0.5 || r.right > b.right + 0.5) return `is cut off by <${a.tagName.toLowerCase()} class="${a.className}">`;
      if (a.scrollWidth > a.clientWidth + 1 && style.overflowX !== 'visible') return `sits in a box that scrolls sideways (<${a.tagName.toLowerCase()} class="${a.className}">)`;
    }
    return undefined;
  });
}

/** axe violations, with the rule set the site's page tests use. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'page scrolls sideways').toBeLessThanOrEqual(0);
}

test.describe('the 404 page', () => {
  test.use({ expectedErrorPaths: ['metrcs/log-loss/'] });

  test('answers 404 and offers search, already searching the words of the address', async ({ page }) => {
    const response = await page.goto(path('metrcs/log-loss/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    const main = page.getByRole('main');
    const search = main.getByRole('textbox');
    await expect(search).toBeVisible();
    // The last segment of /metrcs/log-loss/, the missing page's own name, comes first; the
    // metrics chapter, which defines log loss, is among the results.
    await expect(search).toHaveValue('log loss', { timeout: 15_000 });
    const results = main.locator('.pagefind-ui__result-link');
    await expect(results.first()).toBeVisible({ timeout: 15_000 });
    expect(await results.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).toContainEqual(expect.stringMatching(/\/metrics\/(#|$)/));

    await search.fill('calibration');
    await expect(results.first()).toBeVisible({ timeout: 15_000 });
    await results.first().click();
    await expect(page).not.toHaveURL(/metrcs/);
    await expect(page.locator('h1')).not.toHaveText('Page not found');
  });

  test('has no axe violations, with its search results shown', async ({ page }) => {
    await page.goto(path('metrcs/log-loss/'));
    await expect(page.getByRole('main').locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
    expect(await axeViolations(page)).toEqual([]);
  });

  test('links every main section, and each link works', async ({ page, request }) => {
    await page.goto(path('metrcs/log-loss/'));
    const hrefs = await page.getByRole('main').getByRole('link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const section of MAIN_SECTIONS) {
      const url = new URL(path(section), page.url().replace(/metrcs\/log-loss\/$/, '')).href;
      expect(hrefs, `a link to /${section}`).toContain(url);
      expect((await request.get(url)).status(), url).toBe(200);
    }
  });
});

test.describe('the landing page on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('has a menu with the sections and the theme control', async ({ page }) => {
    await page.goto(path(''));
    const header = page.getByRole('banner');
    const menuButton = header.getByRole('button', { name: 'Menu' });
    await expect(menuButton).toBeVisible();
    await expect(header.getByRole('combobox', { name: 'Select theme' })).toBeHidden();

    await menuButton.click();
    const menu = page.getByRole('navigation', { name: 'Main' });
    await expect(menu).toBeVisible();
    for (const name of ['How to use this handbook', 'The interview framework', 'Offline metrics', 'Online experiments', 'Serving patterns', 'Calculators']) {
      await expect(menu.getByRole('link', { name, exact: true })).toBeVisible();
    }
    const theme = menu.getByRole('combobox', { name: 'Select theme' });
    await expect(theme).toBeVisible();
    await theme.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axeViolations(page), 'with the menu open').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();

    await menuButton.click();
    await menu.getByRole('link', { name: 'Online experiments', exact: true }).click();
    await expect(page.locator('h1')).toHaveText('Online experiments');
  });

  test('shows the whole site title', async ({ page }) => {
    await page.goto(path(''));
    const header = page.getByRole('banner');
    const title = header.getByRole('link', { name: 'ML System Design Handbook' });
    await expect(title).toBeVisible();
    expect(await fullyVisible(title), 'site title').toBeUndefined();
    expect(await title.evaluate((el) => el.scrollWidth - el.clientWidth), 'title text overflows its box').toBeLessThanOrEqual(0);
    // Nothing in the header sits on top of it.
    const t = (await title.boundingBox())!;
    for (const button of await header.getByRole('button').all()) {
      if (!(await button.isVisible())) continue;
      const b = (await button.boundingBox())!;
      const overlap = Math.min(t.x + t.width, b.x + b.width) - Math.max(t.x, b.x) > 0 && Math.min(t.y + t.height, b.y + b.height) - Math.max(t.y, b.y) > 0;
      expect(overlap, `title overlaps ${await button.getAttribute('aria-label')}`).toBe(false);
    }
    await noSidewaysScroll(page);
  });

  test('its four cards are links, over the whole card', async ({ page }) => {
    await page.goto(path(''));
    const cards = {
      'A framework for the 45 minutes': 'The interview framework',
      'Metrics you can defend': 'Offline metrics',
      'Serving patterns': 'Serving patterns',
      'Deep case studies': 'Case studies',
    };
    for (const [title, h1] of Object.entries(cards)) {
      const link = page.getByRole('main').getByRole('link', { name: title, exact: true });
      await expect(link).toBeVisible();
      // A tap anywhere on the card, here on its description, follows the link.
      const card = link.locator('xpath=ancestor::*[.//text()[string-length(normalize-space()) > 40]][1]');
      await card.scrollIntoViewIfNeeded();
      const box = (await card.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height - 8);
      await expect(page.locator('h1')).toHaveText(h1);
      await page.goBack();
    }
  });
});

for (const width of [1280, 390]) {
  test.describe(`the case-study comparison table at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('shows every column of every row, each named', async ({ page }) => {
      await page.goto(path('case-studies/'));
      const table = page.getByRole('table', { name: /Every case study at a glance/ });
      await expect(table).toBeAttached();
      const headers = (await table.getByRole('columnheader').allTextContents()).map((h) => h.trim());
      expect(headers).toEqual(['Case study', 'Domain', 'ML task', 'Key techniques', 'Offline metrics', 'Online metrics', 'Serving', 'Level']);
      const rows = table.locator('tbody tr');
      expect(caseStudyCount, 'case studies in the sources').toBeGreaterThan(0);
      await expect(rows).toHaveCount(caseStudyCount);

      const headersShown = (await fullyVisible(table.getByRole('columnheader').first())) === undefined;
      for (const row of await rows.all()) {
        const cells = row.locator(':scope > th, :scope > td');
        await expect(cells).toHaveCount(headers.length);
        for (let i = 0; i < headers.length; i++) {
          const cell = cells.nth(i);
          await cell.scrollIntoViewIfNeeded();
          await expect(cell).toBeVisible();
          expect((await cell.innerText()).trim().length, `${headers[i]} has text`).toBeGreaterThan(0);
          expect(await fullyVisible(cell), `${headers[i]} of "${(await cells.first().innerText()).trim()}"`).toBeUndefined();
          // Where the column headers are not shown, each field carries its column's name.
          if (!headersShown && i > 0) expect((await cell.innerText()).toLowerCase()).toContain(headers[i]!.toLowerCase());
        }
      }
      await noSidewaysScroll(page);
    });
  });
}

test('the case-study comparison table prints as a plain table on a landscape page', async ({ page }) => {
  await page.goto(path('case-studies/'));
  await page.emulateMedia({ media: 'print' });
  const table = page.getByRole('table', { name: /Every case study at a glance/ });
  await expect(table.getByRole('columnheader').first()).toBeVisible();
  expect(await table.evaluate((t) => getComputedStyle(t).display)).toBe('table');
  expect(await table.locator('tbody tr').first().evaluate((tr) => getComputedStyle(tr).display)).toBe('table-row');
  // Cells hold their values only: no card labels in print.
  expect((await table.locator('tbody tr').first().locator('td').first().innerText()).trim()).not.toMatch(/^domain/i);
  expect(await table.evaluate((t) => getComputedStyle(t.parentElement!).getPropertyValue('page'))).not.toBe('auto');
});
