/**
 * The case-study matrix on the case-studies index: sorting by keyboard and filtering, in
 * a real browser, checked against each case study's frontmatter read from disk (not
 * against the build's own metadata), and the plain table that shows without JavaScript
 * and in print. Axe over the page is in site.spec.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, path, test } from './fixtures';

interface Study {
  title: string;
  order: number;
  domain: string;
  mlTasks: string[];
  servingMode: string;
  difficulty: string;
}

const DIR = fileURLToPath(new URL('../src/content/docs/case-studies/', import.meta.url));

/** The frontmatter fields the matrix shows, read from each case study's source. */
function studiesOnDisk(): Study[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.mdx') && f !== 'index.mdx')
    .map((f) => {
      const front = readFileSync(join(DIR, f), 'utf8').split(/^---$/m)[1] ?? '';
      const field = (name: string) => {
        const m = new RegExp(`^\\s*${name}:\\s*(.+)$`, 'm').exec(front);
        if (!m) throw new Error(`${f}: no ${name} in the frontmatter`);
        return m[1]!.trim().replace(/^(['"])(.*)\1$/, '$2');
      };
      return {
        title: field('title'),
        order: Number(field('order')),
        domain: field('domain'),
        mlTasks: field('mlTasks').replace(/^\[|\]$/g, '').split(',').map((t) => t.trim()),
        servingMode: field('servingMode'),
        difficulty: field('difficulty'),
      };
    });
}

const LEVELS = ['foundational', 'intermediate', 'advanced'];
const byReadingOrder = (a: Study, b: Study) => a.order - b.order;

async function openMatrix(page: Page) {
  await page.goto(path('case-studies/'));
  const table = page.getByRole('table', { name: /Every case study at a glance/ });
  const form = page.getByRole('group', { name: 'Filter the case studies' });
  await expect(form).toBeVisible();
  return { table, form, rows: table.locator('tbody tr') };
}

/** Titles of the rows on screen, top to bottom. */
const visibleTitles = (rows: Locator) => rows.locator('th[scope="row"]:visible').allTextContents().then((t) => t.map((s) => s.trim()));

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 360, height: 780 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('a column header sorts by keyboard, both ways, in the order of the metadata on disk', async ({ page }) => {
      const studies = studiesOnDisk().sort(byReadingOrder);
      expect(studies.length).toBeGreaterThan(3);
      const { table, form, rows } = await openMatrix(page);
      expect(await visibleTitles(rows), 'reading order before any sort').toEqual(studies.map((s) => s.title));

      const header = table.getByRole('columnheader', { name: 'Domain' });
      const button = header.getByRole('button', { name: 'Domain' });
      await expect(header).not.toHaveAttribute('aria-sort');
      await button.focus();
      await expect(button).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(header).toHaveAttribute('aria-sort', 'ascending');
      // Ties keep the reading order.
      const ascending = [...studies].sort((a, b) => a.domain.localeCompare(b.domain) || byReadingOrder(a, b));
      expect(await visibleTitles(rows)).toEqual(ascending.map((s) => s.title));
      expect(new Set(ascending.map((s) => s.domain)).size, 'domains to sort').toBeGreaterThan(2);

      await page.keyboard.press('Space');
      await expect(header).toHaveAttribute('aria-sort', 'descending');
      const descending = [...studies].sort((a, b) => b.domain.localeCompare(a.domain) || byReadingOrder(a, b));
      expect(await visibleTitles(rows)).toEqual(descending.map((s) => s.title));

      // Another column takes over the sort; the first one no longer claims it.
      await page.keyboard.press('Shift+Tab');
      await expect(table.getByRole('button', { name: 'Case study' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(table.getByRole('columnheader', { name: 'Case study' })).toHaveAttribute('aria-sort', 'ascending');
      await expect(header).not.toHaveAttribute('aria-sort');
      expect(await visibleTitles(rows)).toEqual(studies.map((s) => s.title).sort((a, b) => a.localeCompare(b)));
      await expect(form.getByRole('status')).toHaveText(`All ${studies.length} case studies, sorted by case study ascending`);
    });

    test('the selects narrow the rows to the case studies that match every filter', async ({ page }) => {
      const studies = studiesOnDisk().sort(byReadingOrder);
      const { form, rows } = await openMatrix(page);
      // A task several case studies share, and a domain that splits them.
      const task = 'retrieval';
      const withTask = studies.filter((s) => s.mlTasks.includes(task));
      expect(withTask.length).toBeGreaterThan(1);
      const domain = withTask[0]!.domain;
      const both = withTask.filter((s) => s.domain === domain);
      expect(both.length).toBeLessThan(withTask.length);

      await form.getByLabel('ML task').selectOption(task);
      expect(await visibleTitles(rows)).toEqual(withTask.map((s) => s.title));
      await expect(form.getByRole('status')).toHaveText(`${withTask.length} of ${studies.length} case studies`);
      await form.getByLabel('Domain').selectOption(domain);
      expect(await visibleTitles(rows)).toEqual(both.map((s) => s.title));

      // Every select offers exactly the values the case studies use, plus "All".
      const options = (label: string) => form.getByLabel(label).locator('option').allTextContents();
      expect((await options('Domain')).slice(1).sort()).toEqual([...new Set(studies.map((s) => s.domain))].sort());
      expect((await options('ML task')).slice(1).sort()).toEqual([...new Set(studies.flatMap((s) => s.mlTasks))].sort());
      expect((await options('Serving')).slice(1).sort()).toEqual([...new Set(studies.map((s) => s.servingMode))].sort());
      expect((await options('Level')).slice(1)).toEqual(LEVELS.filter((l) => studies.some((s) => s.difficulty === l)));

      // A combination nothing matches says so; clearing brings every row back.
      const serving = studies.map((s) => s.servingMode).find((m) => !both.some((s) => s.servingMode === m));
      if (serving) {
        await form.getByLabel('Serving').selectOption(serving);
        expect(await visibleTitles(rows)).toEqual([]);
        await expect(form.getByRole('status')).toContainText('none matches');
      }
      await form.getByRole('button', { name: 'Clear filters' }).click();
      expect(await visibleTitles(rows)).toEqual(studies.map((s) => s.title));
      await expect(form.getByRole('status')).toHaveText(`All ${studies.length} case studies`);
    });
  });
}

test('without JavaScript the matrix is a plain table with every row and no controls', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path('case-studies/'));
  const table = page.getByRole('table', { name: /Every case study at a glance/ });
  await expect(table.locator('tbody tr')).toHaveCount(studiesOnDisk().length);
  await expect(table.getByRole('button')).toHaveCount(0);
  await expect(page.locator('.case-study-matrix form')).toBeHidden();
  await context.close();
});

test('in print the matrix shows every row and no controls, even when filtered', async ({ page }) => {
  const studies = studiesOnDisk();
  const { table, form, rows } = await openMatrix(page);
  await form.getByLabel('Domain').selectOption(studies[0]!.domain);
  await table.getByRole('button', { name: 'Level' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(form).toBeHidden();
  expect(await visibleTitles(rows)).toHaveLength(studies.length);
  // The headers read as plain text: no sort arrows.
  const after = await table.getByRole('button', { name: 'Level' }).evaluate((b) => getComputedStyle(b, '::after').content);
  expect(after).toBe('none');
});
