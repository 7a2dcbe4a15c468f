import { CalculatorPage } from '../calculator';
import { expect, test } from '../fixtures';

// scikit-learn's documented example: y = [0, 0, 1, 1], scores [0.1, 0.4, 0.35, 0.8].
// ROC-AUC: of the 4 positive–negative pairs, 0.35 < 0.4 is the only one ranked wrong → 3/4.
// AP: threshold 0.8 → P 1, R 0.5; threshold 0.35 → P 2/3, R 1; AP = 0.5·1 + 0.5·(2/3) = 0.8333.
const SKLEARN = '0,0.1\n0,0.4\n1,0.35\n1,0.8';

test.describe('ROC and precision–recall curves', () => {
  test('default synthetic sample: good ROC-AUC, modest AP', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'roc-pr');
    // d′ 1.5, prevalence 0.1, n 500, seed 1, recomputed by an independent Python
    // implementation of mulberry32 + Box–Muller: 50 positives, ROC-AUC 0.82964, AP 0.43816;
    // best F1 = 0.45 at score ≥ 1.978 with TP 18, FP 12, FN 32, TN 438.
    const metric = (key: string) => calc.metric(key);
    await expect(metric('auc')).toHaveText('0.8296');
    await expect(metric('ap')).toHaveText('0.4382');
    await expect(metric('items')).toHaveText('500');
    await expect(calc.root.getByText('50 positive, 450 negative')).toBeVisible();
    await expect(calc.root.getByText('random ranking: prevalence 0.1')).toBeVisible();
    await expect(calc.root.locator('[data-cell="tp"]')).toHaveText('TP 18');
    await expect(calc.root.locator('[data-cell="fp"]')).toHaveText('FP 12');
    await expect(calc.root.locator('[data-cell="fn"]')).toHaveText('FN 32');
    await expect(calc.root.locator('[data-cell="tn"]')).toHaveText('TN 438');
    await expect(metric('precision')).toHaveText('0.6');
    await expect(metric('recall')).toHaveText('0.36');
    await expect(metric('fpr')).toHaveText('0.0267');
    await expect(calc.root.getByText('This is the threshold with the best F1.')).toBeVisible();
    await expect(calc.root.getByRole('img', { name: /^ROC curve: .*area 0\.83/ })).toBeVisible();
    await expect(calc.root.getByRole('img', { name: /^Precision–recall curve: .*average precision\) 0\.438, dashed baseline at the prevalence 0\.1\b/ })).toBeVisible();

    // The slider ends: the highest score (3.745) flags one positive; the lowest flags all 500.
    const slider = calc.field(/^Threshold: flag items scoring/);
    await slider.focus();
    await page.keyboard.press('End');
    await expect(calc.root.locator('[data-cell="tp"]')).toHaveText('TP 1');
    await expect(calc.root.locator('[data-cell="fp"]')).toHaveText('FP 0');
    await expect(slider).toHaveAttribute('aria-valuetext', 'score ≥ 3.745: recall 0.02, precision 1');
    await page.keyboard.press('Home');
    await expect(calc.root.locator('[data-cell="tp"]')).toHaveText('TP 50');
    await expect(calc.root.locator('[data-cell="fp"]')).toHaveText('FP 450');
    await expect(metric('fpr')).toHaveText('1');
    await expect(page).toHaveURL(/roc\.t=-3\.204/);

    // Prevalence 0.5 (same d′, n, seed): 250 positives, ROC-AUC 0.8555, AP 0.8525.
    await calc.field('Prevalence (share of positives)').fill('0.5');
    await expect(metric('auc')).toHaveText('0.8555');
    await expect(metric('ap')).toHaveText('0.8525');
    // Changing the data resets the threshold to the best-F1 one.
    await expect(page).not.toHaveURL(/roc\.t=/);
    // Another seed is another sample: seed 2 at prevalence 0.1 → ROC-AUC 0.877, AP 0.5363.
    await calc.field('Prevalence (share of positives)').fill('0.1');
    await calc.root.getByRole('button', { name: 'Draw another sample' }).click();
    await expect(calc.field('Seed')).toHaveValue('2');
    await expect(metric('auc')).toHaveText('0.877');
    await expect(metric('ap')).toHaveText('0.5363');
  });

  test('pasted rows match scikit-learn, the threshold moves along both curves, and the URL keeps it', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'roc-pr');
    await calc.field('Data').selectOption('paste');
    await calc.field('Rows: label,score (one per line)').fill(SKLEARN);
    const metric = (key: string) => calc.metric(key);
    await expect(metric('auc')).toHaveText('0.75');
    await expect(metric('ap')).toHaveText('0.8333');
    // Best F1 is at ≥ 0.35 (flags 0.35, 0.4, 0.8): TP 2, FP 1 → F1 4/5; precision 2/3, FPR 1/2.
    await expect(calc.root.locator('[data-cell="tp"]')).toHaveText('TP 2');
    await expect(calc.root.locator('[data-cell="fp"]')).toHaveText('FP 1');
    await expect(calc.root.locator('[data-cell="fn"]')).toHaveText('FN 0');
    await expect(calc.root.locator('[data-cell="tn"]')).toHaveText('TN 1');
    await expect(metric('precision')).toHaveText('0.6667');
    await expect(metric('recall')).toHaveText('1');
    await expect(metric('fpr')).toHaveText('0.5');

    // One step up the slider: ≥ 0.4 flags 0.4 and 0.8: TP 1, FP 1, precision 0.5, recall 0.5.
    const slider = calc.field(/^Threshold: flag items scoring/);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(calc.root.getByText('At threshold ≥ 0.4')).toBeVisible();
    await expect(calc.root.locator('[data-cell="tp"]')).toHaveText('TP 1');
    await expect(calc.root.locator('[data-cell="fp"]')).toHaveText('FP 1');
    await expect(metric('precision')).toHaveText('0.5');

    // Clicking the ROC chart near (FPR 0.05, TPR 0.5) picks the point at ≥ 0.8: TP 1, FP 0.
    const roc = calc.root.getByRole('img', { name: /^ROC curve/ });
    const box = (await roc.boundingBox())!;
    const scale = box.width / 230; // viewBox 230 wide; plot from x = 42, y = 10, 180 square
    await page.mouse.click(box.x + (42 + 0.05 * 180) * scale, box.y + (10 + 0.5 * 180) * scale);
    await expect(calc.root.locator('[data-cell="tp"]')).toHaveText('TP 1');
    await expect(calc.root.locator('[data-cell="fp"]')).toHaveText('FP 0');
    await expect(metric('precision')).toHaveText('1');
    await expect(metric('fpr')).toHaveText('0');
    await expect(page).toHaveURL(/roc\.mode=paste/);
    await expect(page).toHaveURL(/roc\.t=0\.8/);

    // A shared link restores the rows and the threshold.
    await calc.reload();
    await expect(calc.field('Rows: label,score (one per line)')).toHaveValue(SKLEARN);
    await expect(calc.root.getByText('At threshold ≥ 0.8')).toBeVisible();
    await expect(calc.root.locator('[data-cell="tp"]')).toHaveText('TP 1');
    await expect(calc.metric('auc')).toHaveText('0.75');
  });

  test('loads rows from a file', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'roc-pr', { query: '?roc.mode=paste' });
    // Positives 0.9, 0.7, 0.1; negatives 0.8, 0.3, 0.2. Pairs won: 3 + 2 + 0 = 5 of 9 → 0.5556.
    // AP: positives found at ranks 1, 3, 6 → (1 + 2/3 + 3/6) / 3 = 0.7222.
    await calc.field('Or load a .csv or .txt file of rows').setInputFiles({
      name: 'scores.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('label,score\n1,0.9\n0,0.8\n1,0.7\n0,0.3\n0,0.2\n1,0.1\n'),
    });
    await expect(calc.field('Rows: label,score (one per line)')).toHaveValue(/^label,score\n1,0\.9/);
    await expect(calc.root.locator('tr[data-metric="auc"] td').first()).toHaveText('0.5556');
    await expect(calc.root.locator('tr[data-metric="ap"] td').first()).toHaveText('0.7222');

    await calc.field('Or load a .csv or .txt file of rows').setInputFiles({
      name: 'huge.csv',
      mimeType: 'text/csv',
      buffer: Buffer.alloc(600 * 1024, '0,0.5\n'),
    });
    await calc.expectError(calc.field('Or load a .csv or .txt file of rows'), 'huge.csv is 600 kB; this calculator reads files up to 512 kB (about 20,000 rows).');
    // The rows already loaded stay.
    await expect(calc.root.locator('tr[data-metric="auc"] td').first()).toHaveText('0.5556');
  });

  test('keeps long pasted rows out of the address', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'roc-pr', { query: '?roc.mode=paste' });
    // 400 rows of about 14 characters (5,600 in all, over the 4,000 kept in the address):
    // row i has label i % 2 and score i / 1000 written with 9 decimals. Positive i (odd)
    // outscores the (i + 1) / 2 negatives below it: pairs won = 1 + 2 + … + 200 = 20,100 of
    // 200·200 → ROC-AUC 0.5025.
    const rows = Array.from({ length: 400 }, (_, i) => `${i % 2},${(i / 1000).toFixed(9)}`).join('\n');
    await calc.field('Rows: label,score (one per line)').fill(rows);
    await expect(calc.root.locator('tr[data-metric="auc"] td').first()).toHaveText('0.5025');
    await expect(calc.root.getByText('too long to keep in the page address')).toBeVisible();
    expect(page.url().length).toBeLessThan(200);
  });

  test('explains bad rows next to the textarea, never NaN', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'roc-pr', { query: '?roc.mode=paste' });
    const rows = calc.field('Rows: label,score (one per line)');
    const cases: [string, string][] = [
      ['0,0.1\n1,0.9\nabc', "line 3: 'abc' is not label,score (write a 0 or 1, a comma and a score, e.g. 1,0.83)."],
      ['0,0.1\n\n2,0.9', "line 3: label '2' must be 0 (negative) or 1 (positive)."],
      ['0,0.1\n1,high', "line 2: score 'high' is not a number."],
      ['1,0.2\n1,0.3', 'All 2 rows have label 1: ROC and precision–recall curves need at least one 0 and one 1.'],
      ['', 'No rows yet: paste label,score rows, one per line (e.g. 1,0.83), or load a file.'],
    ];
    for (const [text, message] of cases) {
      await rows.fill(text);
      await calc.expectError(rows, message);
      await expect(calc.invalid).toContainText(message);
      // No threshold slider (nor any result) beside the note.
      await expect(calc.root.getByRole('slider')).toHaveCount(0);
      await calc.expectNoBadNumbers();
    }
    await rows.fill(SKLEARN);
    await calc.expectValid(rows);
    await expect(calc.root.getByRole('slider')).toHaveCount(1);
    await expect(calc.metric('auc')).toHaveText('0.75');
  });

  test('explains bad synthetic settings next to the field', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'roc-pr');
    const prevalence = calc.field('Prevalence (share of positives)');
    await prevalence.fill('1.5');
    await calc.expectError(prevalence, 'Prevalence is a share of positives, strictly between 0 and 1 (got 1.5).');
    await prevalence.fill('0.0005');
    await calc.expectError(prevalence, '500 items at prevalence 0.0005 gives no positives', { contains: true });
    await prevalence.fill('0.1');
    const n = calc.field('Sample size n');
    await n.fill('abc');
    await calc.expectError(n, 'size must be a number (got “abc”).');
    await n.fill('50000');
    await calc.expectError(n, 'Sample size must be a whole number from 2 to 20,000 (got 50000).');
    await calc.expectNoBadNumbers();
  });
});
