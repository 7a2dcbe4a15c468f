import { expect, hydrated, path, test } from '../fixtures';

const CALC = '[data-calculator="confusion-matrix"]';

test.describe('confusion-matrix explorer', () => {
  test('computes metrics from counts and keeps them in the URL', async ({ page }) => {
    await page.goto(path('tools/'));
    const calc = await hydrated(page, CALC);
    // TP=40, FP=10, FN=20, TN=30: precision 0.8, recall 0.6667, F1 = 2·0.8·0.6667/1.4667 = 0.7273.
    await calc.getByLabel('True positives (TP)').fill('40');
    await calc.getByLabel('False positives (FP)').fill('10');
    await calc.getByLabel('False negatives (FN)').fill('20');
    await calc.getByLabel('True negatives (TN)').fill('30');
    const row = (key: string) => calc.locator(`tr[data-metric="${key}"] td`).first();
    await expect(row('precision')).toHaveText('0.8');
    await expect(row('recall')).toHaveText('0.6667');
    await expect(row('f1')).toHaveText('0.7273');
    await expect(row('accuracy')).toHaveText('0.7');
    await expect(row('mcc')).toHaveText('0.4082');
    await expect(page).toHaveURL(/cm\.tp=40/);

    // A shared link restores the configuration.
    await page.goto(page.url());
    const again = await hydrated(page, CALC);
    await expect(again.getByLabel('True positives (TP)')).toHaveValue('40');
    await expect(again.locator('tr[data-metric="precision"] td').first()).toHaveText('0.8');
  });

  test('says a zero-denominator metric is undefined', async ({ page }) => {
    await page.goto(path('tools/?cm.tp=0&cm.fp=0&cm.fn=5&cm.tn=95'));
    const calc = await hydrated(page, CALC);
    await expect(calc.locator('tr[data-metric="precision"] td').first()).toContainText('undefined');
    await expect(calc.locator('tr[data-metric="recall"] td').first()).toHaveText('0');
  });

  test('explains bad input next to the field, never NaN', async ({ page }) => {
    await page.goto(path('tools/'));
    const calc = await hydrated(page, CALC);
    const tp = calc.getByLabel('True positives (TP)');
    await tp.fill('abc');
    await expect(tp).toHaveAttribute('aria-invalid', 'true');
    await expect(calc.locator('#cm-tp-error')).toHaveText('TP must be a number (got “abc”).');
    await tp.fill('-3');
    await expect(calc.locator('#cm-tp-error')).toContainText('TP must be a whole number of 0 or more');
    await expect(calc).not.toContainText('NaN');
    await expect(calc).not.toContainText('Infinity');
  });

  test('scenario mode sweeps the threshold', async ({ page }) => {
    await page.goto(path('tools/'));
    const calc = await hydrated(page, CALC);
    await calc.getByLabel('Input').selectOption('scenario');
    // prevalence 0.01, d′ 2.5, threshold 2 on 10,000 items: 100 positives, TP = round(100·(1 − Φ(−0.5))) = 69,
    // FP = round(9,900·(1 − Φ(2))) = round(225.2) = 225. AUC = Φ(2.5/√2) = 0.961.
    await expect(calc.getByText('TP 69, FP 225, FN 31, TN 9,675')).toBeVisible();
    await expect(calc.getByText('ROC-AUC of 0.961')).toBeVisible();
    await expect(calc.getByRole('table', { name: 'How the metrics move with the threshold' }).locator('tbody tr')).toHaveCount(5);
    await calc.getByLabel('Prevalence (share of positives)').fill('1.5');
    await expect(calc.locator('#cm-prevalence-error')).toContainText('strictly between 0 and 1');
  });
});
