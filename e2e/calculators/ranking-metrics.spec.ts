import { CalculatorPage } from '../calculator';
import { expect, test } from '../fixtures';

/*
 * Hand arithmetic for the default list, relevance 0, 3, 0, 2, 1 at k = 5.
 * Discounts 1/log2(i + 1): 1, 0.630930, 0.5, 0.430677, 0.386853.
 *
 * Exponential gain (2^rel − 1), gains 0, 7, 0, 3, 1:
 *   DCG  = 7/log2(3) + 3/log2(5) + 1/log2(6) = 4.416508 + 1.292030 + 0.386853 = 6.095391
 *   IDCG (ideal 3, 2, 1, 0, 0) = 7 + 3/log2(3) + 1/log2(4) = 7 + 1.892789 + 0.5 = 9.392789
 *   nDCG = 6.095391 / 9.392789 = 0.648944 → 0.6489
 * Linear gain (rel), gains 0, 3, 0, 2, 1:
 *   DCG  = 3/log2(3) + 2/log2(5) + 1/log2(6) = 1.892789 + 0.861353 + 0.386853 = 3.140995
 *   IDCG = 3 + 2/log2(3) + 1/2 = 3 + 1.261860 + 0.5 = 4.761860
 *   nDCG = 3.140995 / 4.761860 = 0.659615 → 0.6596
 * P@5 = 3/5 = 0.6; R@5 = 3/3 = 1; RR = 1/2 = 0.5 (first relevant at rank 2);
 * AP@5 = (P@2 + P@4 + P@5) / min(5, 3) = (1/2 + 2/4 + 3/5) / 3 = 1.6 / 3 = 0.5333.
 */
const metric = (calc: CalculatorPage, key: string) => calc.metric(key);

test.describe('ranking metrics', () => {
  test('default list gives the hand-computed metrics and per-position terms', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'ranking-metrics');
    await expect(metric(calc, 'precision')).toHaveText('0.6');
    await expect(metric(calc, 'recall')).toHaveText('1');
    await expect(metric(calc, 'rr')).toHaveText('0.5');
    await expect(metric(calc, 'ap')).toHaveText('0.5333');
    await expect(metric(calc, 'ndcg-exponential')).toHaveText('0.6489');
    await expect(metric(calc, 'ndcg-linear')).toHaveText('0.6596');

    const terms = calc.root.getByRole('table', { name: /Per-position terms/ });
    await expect(terms.locator('tbody tr')).toHaveCount(5);
    // Position 2: relevance 3, gain 7, discount 1/log2(3) = 0.6309, term 4.4165; ideal relevance 2, ideal term 3/log2(3) = 1.8928; P@2 = 0.5.
    await expect(terms.locator('tbody tr').nth(1).locator('td')).toHaveText(['Doc B', '3', '7', '0.6309', '4.4165', '2', '1.8928', '0.5']);
    // Sums: DCG 6.0954, IDCG 9.3928, Σ P@i = 1.6.
    await expect(terms.locator('tfoot td.calc-num')).toHaveText(['6.0954', '9.3928', '1.6']);

    // Linear gain in the table: position 4 has relevance 2, gain 2, discount 1/log2(5) = 0.4307, term 0.8614.
    await calc.field('Gain in the per-position table').selectOption('linear');
    await expect(terms.locator('tbody tr').nth(3).locator('td').nth(2)).toHaveText('2');
    await expect(terms.locator('tbody tr').nth(3).locator('td').nth(4)).toHaveText('0.8614');
    await expect(terms.locator('tfoot td.calc-num')).toHaveText(['3.141', '4.7619', '1.6']);
  });

  test('reordering with the buttons changes nDCG; the ideal order gives 1', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'ranking-metrics');
    await expect(calc.root.getByRole('button', { name: 'Move item 1 up' })).toBeDisabled();

    // Move the grade-3 item (position 2) to the top with the keyboard: list 3, 0, 0, 2, 1.
    // Exponential DCG = 7 + 3/log2(5) + 1/log2(6) = 7 + 1.292030 + 0.386853 = 8.678882; / 9.392789 = 0.923994 → 0.924.
    // Linear DCG = 3 + 2/log2(5) + 1/log2(6) = 4.248206; / 4.761860 = 0.892132 → 0.8921.
    await calc.root.getByRole('button', { name: 'Move item 2 up' }).focus();
    await page.keyboard.press('Enter');
    await expect(calc.field('Label of item 1')).toHaveValue('Doc B');
    await expect(calc.field('Relevance of item 1')).toHaveValue('3');
    await expect(metric(calc, 'ndcg-exponential')).toHaveText('0.924');
    await expect(metric(calc, 'ndcg-linear')).toHaveText('0.8921');
    await expect(metric(calc, 'rr')).toHaveText('1');
    // The moved item is now first, so its up button is disabled: focus moved to its down button.
    await expect(calc.root.getByRole('button', { name: 'Move item 1 down' })).toBeFocused();

    // Move it down twice: 0, 0, 3, 2, 1. Exponential DCG = 7/2 + 3/log2(5) + 1/log2(6) = 5.178882 → / 9.392789 = 0.551368 → 0.5514.
    await page.keyboard.press('Enter');
    await expect(calc.root.getByRole('button', { name: 'Move item 2 down' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(calc.field('Label of item 3')).toHaveValue('Doc B');
    await expect(metric(calc, 'ndcg-exponential')).toHaveText('0.5514');
    await expect(metric(calc, 'rr')).toHaveText('0.3333');

    await calc.root.getByRole('button', { name: 'Sort into ideal order' }).click();
    await expect(metric(calc, 'ndcg-exponential')).toHaveText('1');
    await expect(metric(calc, 'ndcg-linear')).toHaveText('1');
    // Ties keep their order: Doc B (3), Doc D (2), Doc E (1), then Doc A and Doc C (0).
    for (const [i, label] of ['Doc B', 'Doc D', 'Doc E', 'Doc A', 'Doc C'].entries()) {
      await expect(calc.field(`Label of item ${i + 1}`)).toHaveValue(label);
    }
    await expect(page).toHaveURL(/rk\.rels=3%2C2%2C1%2C0%2C0/);
  });

  test('adding a missed relevant item below k reproduces the chapter example', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'ranking-metrics');
    await calc.root.getByRole('button', { name: 'Add item' }).click();
    await expect(calc.field('Label of item 6')).toBeFocused();
    await expect(calc.field('Label of item 6')).toHaveValue('Doc F');
    await calc.field('Relevance of item 6').selectOption('2');
    // List 0, 3, 0, 2, 1, 2 at k = 5: DCG unchanged, ideal order 3, 2, 2, 1, 0 gives
    // IDCG = 7 + 3/log2(3) + 3/2 + 1/log2(5) = 7 + 1.892789 + 1.5 + 0.430677 = 10.823466, nDCG = 6.095391 / 10.823466 = 0.563164 → 0.5632.
    // Linear IDCG = 3 + 2/log2(3) + 2/2 + 1/log2(5) = 5.692536, nDCG = 3.140995 / 5.692536 = 0.551774 → 0.5518.
    // R = 4 now: R@5 = 3/4 = 0.75, AP@5 = 1.6 / min(5, 4) = 0.4.
    await expect(metric(calc, 'ndcg-exponential')).toHaveText('0.5632');
    await expect(metric(calc, 'ndcg-linear')).toHaveText('0.5518');
    await expect(metric(calc, 'recall')).toHaveText('0.75');
    await expect(metric(calc, 'ap')).toHaveText('0.4');

    // Removing it restores the default numbers, and focus lands on the last remaining remove button.
    await calc.root.getByRole('button', { name: 'Remove item 6' }).click();
    await expect(calc.root.getByRole('button', { name: 'Remove item 5' })).toBeFocused();
    await expect(metric(calc, 'ndcg-exponential')).toHaveText('0.6489');
  });

  test('total relevant in the collection lowers recall and AP', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'ranking-metrics');
    // R = 10: R@5 = 3/10 = 0.3; AP@5 = 1.6 / min(5, 10) = 0.32.
    await calc.field('Total relevant in the collection (R)').fill('10');
    await expect(metric(calc, 'recall')).toHaveText('0.3');
    await expect(metric(calc, 'ap')).toHaveText('0.32');
    await expect(metric(calc, 'ndcg-exponential')).toHaveText('0.6489');
  });

  test('explains bad input next to the field, never NaN', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'ranking-metrics');
    const k = calc.field('k (cut-off)');
    await k.fill('0');
    await calc.expectError(k, 'k must be a whole number of 1 or more (got 0).');
    await expect(calc.invalid).toContainText('k must be a whole number of 1 or more (got 0).');
    await k.fill('2.5');
    await calc.expectError(k, 'k must be a whole number of 1 or more (got 2.5).');
    await k.fill('1e9');
    await calc.expectError(k, 'k must be a whole number from 1 to 1,000 (got 1000000000).');
    await k.fill('5');
    await calc.expectValid(k);

    const total = calc.field('Total relevant in the collection (R)');
    await total.fill('2');
    await calc.expectError(total, 'Total relevant (2) is smaller than the 3 relevant items already in the list.');
    // No results are shown beside the note while an input is invalid, not even those that do not depend on R.
    await expect(calc.invalid).toContainText('smaller than the 3 relevant items');
    await expect(calc.root.locator('tr[data-metric]')).toHaveCount(0);
    await calc.expectNoBadNumbers();
    await total.fill('');
    await expect(calc.metric('precision')).toHaveText('0.6');

    // Remove every item, always pressing the first remove button.
    for (let n = 5; n >= 1; n--) await calc.root.getByRole('button', { name: 'Remove item 1' }).click();
    await expect(calc.root.getByRole('button', { name: 'Add item' })).toBeFocused();
    const list = calc.root.getByRole('group', { name: 'Ranked list, top first' });
    await expect(list).toHaveAccessibleDescription('relevance is empty: give at least one value.');
    await expect(calc.root.locator('[data-error-for="relevance"]')).toHaveText('relevance is empty: give at least one value.');
    await expect(calc.invalid).toContainText('relevance is empty');
    await calc.expectNoBadNumbers();
  });

  test('a list with nothing relevant: recall and AP undefined, nDCG 0 by convention', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'ranking-metrics', { query: '?rk.rels=0,0&rk.labels=x,y&rk.k=2' });
    // Not an input error: the results show, with recall and AP marked undefined and the reason given.
    await expect(calc.metric('precision')).toHaveText('0');
    await expect(calc.metric('ndcg-exponential')).toHaveText('0');
    await expect(calc.metric('recall')).toHaveText('undefined');
    await expect(calc.metric('ap')).toHaveText('undefined');
    await expect(calc.root.locator('[data-result="undefined"]')).toContainText('recall and AP are undefined');
    await calc.expectNoBadNumbers({ allowUndefined: true });
  });

  test('the URL restores the list, its labels and k', async ({ page }) => {
    // List 1, 0, 2 labelled "a,b" (comma escaped), "b", "c", k = 2.
    // P@2 = 1/2; exponential: DCG@2 = 1 + 0 = 1, ideal 2, 1 → IDCG@2 = 3 + 1/log2(3) = 3.630930, nDCG = 0.275411 → 0.2754.
    const calc = await CalculatorPage.open(page, 'ranking-metrics', { query: '?rk.rels=1,0,2&rk.labels=a%252Cb,b,c&rk.k=2' });
    await expect(calc.field('Label of item 1')).toHaveValue('a,b');
    await expect(calc.field('Relevance of item 3')).toHaveValue('2');
    await expect(calc.field('k (cut-off)')).toHaveValue('2');
    await expect(metric(calc, 'precision')).toHaveText('0.5');
    await expect(metric(calc, 'ndcg-exponential')).toHaveText('0.2754');

    // Edit, reload from the address bar, and get the same state back.
    await calc.field('Relevance of item 2').selectOption('3');
    await calc.field('Label of item 2').fill('best, really');
    await expect(page).toHaveURL(/rk\.rels=1%2C3%2C2/);
    await expect(page).toHaveURL(/rk\.labels=[^&]*best/);
    await calc.reload();
    const again = calc;
    await expect(again.field('Relevance of item 2')).toHaveValue('3');
    await expect(again.field('Label of item 2')).toHaveValue('best, really');
    // 1, 3 at k = 2: DCG = 1 + 7/log2(3) = 5.416508; IDCG = 7 + 3/log2(3) = 8.892789; nDCG = 0.609090 → 0.6091.
    await expect(metric(again, 'ndcg-exponential')).toHaveText('0.6091');
  });
});
