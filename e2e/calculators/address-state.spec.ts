/**
 * What every calculator shares through the kit: the page address is bounded input, input
 * typed before hydration survives it, Reset and Copy link work, an embed opens on its
 * page's preset, ids are unique however many copies a page holds, and the interactive part
 * stays out of the search index.
 */
import type { Page } from '@playwright/test';
import { CALCULATOR_NAMES } from '../../src/calculators/registry';
import { CalculatorPage } from '../calculator';
import { expect, path, test } from '../fixtures';

/**
 * The preview server (like many hosts) refuses request lines over 16 KB, so an oversized
 * address is served by answering the navigation with the page fetched without its query:
 * the browser still sees the long address, which is what the calculator reads.
 */
async function openWithLongAddress(page: Page, query: string) {
  await page.route(
    (url) => url.search.length > 1000,
    async (route) => route.fulfill({ response: await route.fetch({ url: route.request().url().split('?')[0]! }) }),
  );
  await page.goto(path(`tools/${query}`));
}

test.describe('the page address is bounded input', () => {
  test('a 100 KB value is refused with a message, never echoed, and the calculator keeps its size', async ({ page }) => {
    const huge = '1'.repeat(100_000);
    await openWithLongAddress(page, `?cap.dau=${huge}&roc.mode=paste&roc.rows=${'0,1%0A'.repeat(25_000)}`);
    const cap = new CalculatorPage(page, 'capacity-estimator');
    await cap.ready();
    await expect(cap.root.locator('.calc-notice')).toHaveText(
      'The page address gave “Daily active users” 100,000 characters, more than the 40 it reads, so it was ignored and the default is shown.',
    );
    await expect(cap.field('Daily active users')).toHaveValue('400,000,000');
    await expect(cap.step('traffic-peak')).toHaveText('138,888.9 /s');
    expect(await cap.root.textContent()).not.toContain('1'.repeat(100));
    expect((await cap.root.boundingBox())!.height).toBeLessThan(6000);
    // The refused value is dropped from the address too.
    await expect(page).not.toHaveURL(/cap\.dau=/);

    const roc = new CalculatorPage(page, 'roc-pr');
    await roc.ready();
    await expect(roc.root.locator('.calc-notice')).toContainText('The page address gave “Rows: label,score (one per line)” 100,000 characters');
    await expect(roc.field('Rows: label,score (one per line)')).toHaveValue('0,0.1\n0,0.4\n1,0.35\n1,0.8');
    await expect(roc.metric('auc')).toHaveText('0.75');
  });

  test('50,000 grades in the address are refused and the page stays responsive', async ({ page }) => {
    await openWithLongAddress(page, `?rk.rels=${Array.from({ length: 50_000 }, () => '1').join(',')}`);
    const calc = new CalculatorPage(page, 'ranking-metrics');
    await calc.ready();
    await expect(calc.root.locator('.calc-notice')).toContainText('The page address gave “Relevance grades” 99,999 characters, more than the 200 it reads');
    await expect(calc.root.getByRole('list').locator('li')).toHaveCount(5);
    await expect(calc.metric('ndcg-exponential')).toHaveText('0.6489');
    // Still answers at once.
    await calc.root.getByRole('button', { name: 'Add item' }).click();
    await expect(calc.field('Label of item 6')).toBeFocused();
  });

  test('a choice the calculator does not offer is ignored with a notice', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'ab-test-planner', { query: '?ab.sides=3' });
    await expect(calc.root.locator('.calc-notice')).toHaveText(
      'The page address gave “Test type” a value that is not one of its choices, so it was ignored and the default is shown.',
    );
    await expect(calc.field('Test type')).toHaveValue('2');
    await expect(calc.result('perVariant')).toHaveText('752,703');
  });
});

test('input typed before a calculator hydrates is kept', async ({ page }) => {
  let release!: () => void;
  const typed = new Promise<void>((resolve) => (release = resolve));
  // Hold the planner's script until the reader has typed into the server-rendered form.
  await page.route('**/AbTestPlanner.*.js', async (route) => {
    await typed;
    await route.continue();
  });
  await page.goto(path('tools/'));
  const calc = new CalculatorPage(page, 'ab-test-planner');
  await calc.root.scrollIntoViewIfNeeded();
  await expect(calc.root.locator('.calc-root[data-ready]')).toHaveCount(0);
  await calc.field('Minimum detectable effect').fill('0.04');
  await calc.field('Test type').selectOption('1');
  release();
  await calc.ready();
  await expect(calc.field('Minimum detectable effect')).toHaveValue('0.04');
  await expect(calc.field('Test type')).toHaveValue('1');
  // One-sided, +4%: 149,614 per variant (see the planner's spec).
  await expect(calc.result('perVariant')).toHaveText('149,614');
  await expect(page).toHaveURL(/ab\.mde=0\.04/);
});

test.describe('Reset and Copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  for (const name of CALCULATOR_NAMES) {
    test(`${name} copies a link to its settings and resets to its starting values`, async ({ page }) => {
      const calc = await CalculatorPage.open(page, name);
      // The first number field on screen at the start (its `when`, if any, met by the default choices).
      const choice = (key: string) => calc.spec.fields.find((f) => f.key === key)?.default ?? '';
      const field = calc.spec.fields.find((f) => f.kind === 'number' && Object.entries(f.when ?? {}).every(([k, v]) => v.includes(choice(k))))!;
      const input = calc.input(field.key);
      const start = await input.inputValue();
      await input.fill('7');
      await expect(page).toHaveURL(new RegExp(`[?&]${calc.param(field.key).replace('.', '\\.')}=7(&|$)`));
      await calc.root.getByRole('button', { name: 'Copy link' }).click();
      await expect(calc.root.locator('.calc-toolbar-status')).toHaveText('Link copied.');
      const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      expect(copied.searchParams.get(calc.param(field.key))).toBe('7');
      expect(copied.hash).toBe(`#calc-${name}-title`);

      await calc.root.getByRole('button', { name: 'Reset' }).click();
      await expect(input).toHaveValue(start);
      await expect(calc.root.locator('.calc-toolbar-status')).toHaveText('Reset to the starting values.');
      await expect(page).not.toHaveURL(new RegExp(calc.param(field.key).replace('.', '\\.')));
    });
  }
});

test.describe('embedded calculators', () => {
  test('open on the preset of the page they sit in, and reset to it', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'capacity-estimator', { at: 'case-studies/ad-click-prediction/' });
    await expect(calc.field('Preset (assumptions for practice, not real figures)')).toHaveValue('ads');
    await expect(calc.field('Daily active users')).toHaveValue('1,000,000,000');
    await expect(calc.step('replicas-needed')).toHaveText('3,891');
    await calc.field('Daily active users').fill('5');
    await expect(calc.field('Preset (assumptions for practice, not real figures)')).toHaveValue('custom');
    await calc.root.getByRole('button', { name: 'Reset' }).click();
    await expect(calc.field('Preset (assumptions for practice, not real figures)')).toHaveValue('ads');

    const feed = await CalculatorPage.open(page, 'capacity-estimator', { at: 'case-studies/news-feed/' });
    await expect(feed.field('Preset (assumptions for practice, not real figures)')).toHaveValue('feed');
    await expect(feed.step('replicas-needed')).toHaveText('84');
  });

  test('every id is unique, even with many copies of a calculator on one page', async ({ page }) => {
    await page.goto(path('print/handbook/'));
    const copies = page.locator('[data-calculator="capacity-estimator"]');
    expect(await copies.count()).toBeGreaterThan(3);
    const ids = await page.locator('[data-calculator] [id], [data-calculator][id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('keep their interactive part out of the search index, but not their title', async ({ page }) => {
    await page.goto(path('tools/'));
    const calculators = page.locator('section[data-calculator]');
    const count = await calculators.count();
    expect(count).toBe(CALCULATOR_NAMES.length);
    await expect(page.locator('section[data-calculator] > [data-pagefind-ignore] astro-island')).toHaveCount(count);
    await expect(page.locator('section[data-calculator] > .calculator-title:not([data-pagefind-ignore] *)')).toHaveCount(count);
  });
});
