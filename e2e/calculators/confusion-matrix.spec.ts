import { CalculatorPage } from '../calculator';
import { expect, test } from '../fixtures';

test.describe('confusion-matrix explorer', () => {
  test('computes metrics from counts and keeps them in the URL', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'confusion-matrix');
    // TP=40, FP=10, FN=20, TN=30: precision 0.8, recall 0.6667, F1 = 2·0.8·0.6667/1.4667 = 0.7273.
    await calc.field('True positives (TP)').fill('40');
    await calc.field('False positives (FP)').fill('10');
    await calc.field('False negatives (FN)').fill('20');
    await calc.field('True negatives (TN)').fill('30');
    await expect(calc.metric('precision')).toHaveText('0.8');
    await expect(calc.metric('recall')).toHaveText('0.6667');
    await expect(calc.metric('f1')).toHaveText('0.7273');
    await expect(calc.metric('accuracy')).toHaveText('0.7');
    await expect(calc.metric('mcc')).toHaveText('0.4082');
    await expect(page).toHaveURL(/cm\.tp=40/);

    // A shared link restores the configuration.
    await calc.reload();
    await expect(calc.field('True positives (TP)')).toHaveValue('40');
    await expect(calc.metric('precision')).toHaveText('0.8');
  });

  test('says a zero-denominator metric is undefined', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'confusion-matrix', { query: '?cm.tp=0&cm.fp=0&cm.fn=5&cm.tn=95' });
    await expect(calc.metric('precision')).toContainText('undefined');
    await expect(calc.metric('recall')).toHaveText('0');
  });

  test('explains bad input next to the field, never NaN', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'confusion-matrix');
    const tp = calc.field('True positives (TP)');
    await tp.fill('abc');
    await calc.expectError(tp, 'TP must be a number (got “abc”).');
    await tp.fill('-3');
    await calc.expectError(tp, 'TP must be a whole number of 0 or more', { contains: true });
    // Only plain decimal and scientific notation are numbers.
    await tp.fill('0x10');
    await calc.expectError(tp, 'TP must be a decimal number (got “0x10”): hexadecimal, octal and binary numbers are not read.');
    await expect(calc.invalid).toContainText('Fix the highlighted input');
    await calc.expectNoBadNumbers();
  });

  test('scenario mode sweeps the threshold', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'confusion-matrix');
    await calc.field('Input').selectOption('scenario');
    // prevalence 0.01, d′ 2.5, threshold 2 on 10,000 items: 100 positives, TP = round(100·(1 − Φ(−0.5))) = 69,
    // FP = round(9,900·(1 − Φ(2))) = round(225.2) = 225. AUC = Φ(2.5/√2) = 0.961.
    await expect(calc.root.getByText('TP 69, FP 225, FN 31, TN 9,675')).toBeVisible();
    await expect(calc.root.getByText('ROC-AUC of 0.961')).toBeVisible();
    await expect(calc.root.getByRole('table', { name: 'How the metrics move with the threshold' }).locator('tbody tr')).toHaveCount(5);
    const prevalence = calc.field('Prevalence (share of positives)');
    await prevalence.fill('1.5');
    await calc.expectError(prevalence, 'strictly between 0 and 1', { contains: true });
  });
});
