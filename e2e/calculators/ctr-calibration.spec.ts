import { CalculatorPage } from '../calculator';
import { expect, test } from '../fixtures';

test.describe('CTR calibration after negative downsampling', () => {
  test('default scenario: 5% of negatives kept inflates a 1% CTR almost 17-fold, recalibration restores it', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'ctr-calibration');
    const metric = (key: string) => calc.metric(key);
    // p_s = 0.01 / (0.01 + 0.99 × 0.05) = 0.01 / 0.0595 = 0.168067; p_s / c = 16.8067.
    // q = 0.168067 / (0.168067 + 0.831933 / 0.05) = 0.168067 / 16.806723 = 0.01.
    // NE of predicting p_s: −(0.01 ln 0.168067 + 0.99 ln 0.831933) / −(0.01 ln 0.01 + 0.99 ln 0.99)
    //   = 0.1999975 / 0.0560015 = 3.5713.
    await expect(metric('trained')).toHaveText('0.1681');
    await expect(metric('raw-calibration')).toHaveText('16.8067');
    await expect(calc.root.getByText('(1/w = 20)')).toBeVisible();
    await expect(metric('recalibrated')).toHaveText('0.01');
    await expect(metric('recalibrated-calibration')).toHaveText('1');
    await expect(metric('raw-ne')).toHaveText('3.5713');
    await expect(metric('recalibrated-ne')).toHaveText('1');
    await expect(calc.root.locator('[data-formula="downsampled"]')).toHaveText(
      'ps = c / (c + (1 − c) · w) = 0.01 / (0.01 + 0.99 × 0.05) = 0.01 / 0.0595 = 0.1681',
    );
    await expect(calc.root.locator('[data-formula="recalibration"]')).toHaveText(
      'q = p / (p + (1 − p) / w) = 0.1681 / (0.1681 + 0.8319 / 0.05) = 0.1681 / 16.8067 = 0.01',
    );

    // c = 0.2, w = 0.1: p_s = 0.2 / 0.28 = 0.714286, calibration 3.5714 (far from 1/w = 10 at a
    // high CTR); NE = −(0.2 ln 0.714286 + 0.8 ln 0.285714) / H(0.2) = 1.068610 / 0.500402 = 2.1373.
    await calc.field('True CTR c (clicks per impression)').fill('0.2');
    await calc.field(/^Negative sampling rate w/).fill('0.1');
    await expect(metric('trained')).toHaveText('0.7143');
    await expect(metric('raw-calibration')).toHaveText('3.5714');
    await expect(calc.root.getByText('(1/w = 10)')).toBeVisible();
    await expect(metric('raw-ne')).toHaveText('2.1373');
    await expect(metric('recalibrated')).toHaveText('0.2');
    await expect(page).toHaveURL(/ctr\.ctr=0\.2/);
    await expect(page).toHaveURL(/ctr\.w=0\.1/);

    // A shared link restores it.
    await calc.reload();
    await expect(calc.field('True CTR c (clicks per impression)')).toHaveValue('0.2');
    await expect(calc.metric('trained')).toHaveText('0.7143');
  });

  test('labels and predictions: log loss, NE and calibration before and after recalibration', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'ctr-calibration');
    await calc.field('Input').selectOption('lists');
    const row = (key: string) => calc.root.locator(`tr[data-metric="${key}"] td`);

    // Default lists: 20 impressions, 2 clicks, predictions from a model trained at w = 0.05
    // (values from an independent Python computation): raw log loss 0.82008, NE 2.52269,
    // calibration 11.88 / 2 = 5.94; recalibrated 0.19832, 0.61005, 0.94909.
    await expect(row('logloss').nth(0)).toHaveText('0.8201');
    await expect(row('ne').nth(0)).toHaveText('2.5227');
    await expect(row('calibration').nth(0)).toHaveText('5.94');
    await expect(row('logloss').nth(1)).toHaveText('0.1983');
    await expect(row('ne').nth(1)).toHaveText('0.6101');
    await expect(row('calibration').nth(1)).toHaveText('0.9491');

    // scikit-learn's log_loss example: [1, 0, 0, 1] with [0.9, 0.1, 0.2, 0.65] → 0.21616; NE = 0.21616 / ln 2
    // = 0.31186; calibration (0.9 + 0.1 + 0.2 + 0.65) / 2 = 0.925. With w = 1 recalibration changes nothing.
    await calc.field('Labels (1 = click, 0 = no click)').fill('1 0 0 1');
    await calc.field('Predicted click probabilities (one per label)').fill('0.9, 0.1, 0.2, 0.65');
    await calc.field(/^Negative sampling rate w/).fill('1');
    await expect(row('logloss').nth(0)).toHaveText('0.2162');
    await expect(row('logloss').nth(1)).toHaveText('0.2162');
    await expect(row('ne').nth(0)).toHaveText('0.3119');
    await expect(row('calibration').nth(0)).toHaveText('0.925');
    await expect(row('calibration').nth(1)).toHaveText('0.925');

    // w = 0.5: q = p / (2 − p) → 0.818182, 0.052632, 0.111111, 0.481481. Log loss
    // −(ln 0.818182 + ln 0.947368 + ln 0.888889 + ln 0.481481) / 4 = 0.275852; NE 0.397970;
    // calibration 1.463406 / 2 = 0.731703.
    await calc.field(/^Negative sampling rate w/).fill('0.5');
    await expect(row('logloss').nth(1)).toHaveText('0.2759');
    await expect(row('ne').nth(1)).toHaveText('0.398');
    await expect(row('calibration').nth(1)).toHaveText('0.7317');
    await expect(row('mean').nth(1)).toHaveText('0.3659');
    await expect(calc.root.getByText('Observed CTR: 2 clicks in 4 = 0.5.')).toBeVisible();
    // First prediction: q = 0.9 / (0.9 + 0.1 / 0.5) = 0.9 / 1.1 = 0.8182.
    await expect(calc.root.locator('[data-formula="recalibration"]')).toHaveText('q = p / (p + (1 − p) / w) = 0.9 / (0.9 + 0.1 / 0.5) = 0.9 / 1.1 = 0.8182');
    await expect(page).toHaveURL(/ctr\.mode=lists/);
  });

  test('explains bad input next to the field, never NaN', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'ctr-calibration', { query: '?ctr.mode=lists' });
    const labels = calc.field('Labels (1 = click, 0 = no click)');
    const probs = calc.field('Predicted click probabilities (one per label)');
    const w = calc.field(/^Negative sampling rate w/);

    await labels.fill('1 0 2 1');
    await probs.fill('0.9 0.1 0.2 0.65');
    await calc.expectError(labels, 'labels: item 3 is 2; labels must be 0 (negative) or 1 (positive).');
    await expect(calc.invalid).toContainText('labels: item 3 is 2');

    await labels.fill('1 0 0 1');
    await probs.fill('0.9 0.1 0.2');
    await calc.expectError(probs, 'labels has 4 values but probabilities has 3: give one probability per label.');
    await probs.fill('0.9 0.1 0.2 1.3');
    await calc.expectError(probs, 'probabilities: item 4 is 1.3; a probability must lie between 0 and 1.');
    await probs.fill('0.9 0.1 0.2 abc');
    await calc.expectError(probs, 'probabilities: item 4 (“abc”) is not a number.');
    await probs.fill('0.9 0.1 0.2 0x1');
    await calc.expectError(probs, 'probabilities: item 4 (“0x1”) is not a number.');
    await probs.fill('0 0.1 0.2 0.65');
    await calc.expectError(probs, 'item 1 is 0 for a label of 1, which makes log loss infinite', { contains: true });
    await probs.fill('0.9 0.1 0.2 0.65');
    await labels.fill('0 0 0 0');
    await calc.expectError(labels, 'Normalized entropy is undefined when the positive rate is 0', { contains: true });

    await labels.fill('1 0 0 1');
    await w.fill('0');
    await calc.expectError(w, 'The negative sampling rate w is the share of negatives kept, greater than 0 and at most 1 (got 0); w = 1 means no downsampling.');

    await calc.field('Input').selectOption('scenario');
    await w.fill('0.05');
    const ctr = calc.field('True CTR c (clicks per impression)');
    await ctr.fill('abc');
    await calc.expectError(ctr, 'true CTR must be a number (got “abc”).');
    await ctr.fill('1');
    await calc.expectError(ctr, 'The true CTR must lie strictly between 0 and 1 (got 1).');
    await ctr.fill('');
    await calc.expectError(ctr, 'true CTR is empty: enter a number.');
    await calc.expectNoBadNumbers();
    // "Infinity" is text the reader typed, refused by name (Number() would read it as a number).
    await ctr.fill('Infinity');
    await calc.expectError(ctr, 'true CTR must be a finite number (got “Infinity”).');
  });
});
