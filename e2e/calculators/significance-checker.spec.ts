import { expect, hydrated, path, test } from '../fixtures';

const CALC = '[data-calculator="significance-checker"]';

// z uses the pooled SE √(p(1−p)(1/n_a + 1/n_b)); the interval the unpooled SE √(p_a(1−p_a)/n_a + p_b(1−p_b)/n_b);
// z_0.975 = 1.959964, z_0.95 = 1.644854.

test.describe('A/B significance checker', () => {
  test('default: an 8% lift that is not significant', async ({ page }) => {
    await page.goto(path('tools/'));
    const calc = await hydrated(page, CALC);
    const result = (key: string) => calc.locator(`[data-result="${key}"] td`);
    // 1,000 / 20,000 = 5%, 1,080 / 20,000 = 5.4%: +0.4 points, +8% relative.
    // Pooled 2,080 / 40,000 = 0.052: SE = √(0.052·0.948·(2/20,000)) = √4.9296e-6 = 0.0022203; z = 0.004 / 0.0022203 = 1.802.
    // p = 2(1 − Φ(1.8016)) = 0.0716. Unpooled SE = √((0.0475 + 0.051084)/20,000) = 0.0022202;
    // 95% CI = 0.004 ± 1.959964·0.0022202 = 0.004 ± 0.0043515 = −0.035 to +0.835 points.
    await expect(result('rateA')).toHaveText('5%');
    await expect(result('rateB')).toHaveText('5.4%');
    await expect(result('diff')).toHaveText('+0.4 points');
    await expect(result('relative')).toHaveText('+8%');
    await expect(result('ci')).toHaveText('−0.04 to +0.84 points');
    await expect(result('z')).toHaveText('+1.802');
    await expect(result('p')).toHaveText('0.0716');
    await expect(calc.locator('[data-result="verdict"]')).toHaveText(
      'Treatment converts 8% better than control (5.4% vs 5%), but the difference is not significant at α = 0.05 (p = 0.0716): the 95% interval −0.04 to +0.84 points includes 0.',
    );
    // Equal arms at a 50/50 split: χ² = 0, p = 1.
    await expect(calc.locator('[data-result="srm"]')).toHaveText(
      'Sample ratio check: 20,000 vs 20,000 users against an intended 50% / 50% split, χ² = 0, p = 1: no sign of a mismatch.',
    );
  });

  test("reproduces the metrics chapter's worked example", async ({ page }) => {
    await page.goto(path('tools/'));
    const calc = await hydrated(page, CALC);
    const result = (key: string) => calc.locator(`[data-result="${key}"] td`);
    await calc.getByLabel('Control (A) users', { exact: true }).fill('190,000');
    await calc.getByLabel('Control (A) conversions', { exact: true }).fill('9,500');
    await calc.getByLabel('Treatment (B) users', { exact: true }).fill('190,500');
    await calc.getByLabel('Treatment (B) conversions', { exact: true }).fill('9,906');
    // 5.000% vs 5.200%. Pooled 19,406 / 380,500 = 0.051001; SE = √(0.051001·0.948999·(1/190,000 + 1/190,500)) = 0.00071331;
    // z = 0.002 / 0.00071331 = 2.8038; p = 2(1 − Φ(2.8038)) = 0.00505 → 0.005.
    // Unpooled SE = √(0.0475/190,000 + 0.049296/190,500) = 0.00071328; 0.002 ± 1.959964·0.00071328 = 0.002 ± 0.001398
    // = +0.06 to +0.34 points (the chapter's interval).
    await expect(result('z')).toHaveText('+2.804');
    await expect(result('p')).toHaveText('0.005');
    await expect(result('ci')).toHaveText('+0.06 to +0.34 points');
    await expect(calc.locator('[data-result="verdict"]')).toHaveText(
      'Treatment converts 4% better than control (5.2% vs 5%); the difference is statistically significant at α = 0.05 (p = 0.005), and the 95% interval +0.06 to +0.34 points excludes 0.',
    );
    // The chapter's SRM example: 190,000 vs 190,500 expects 190,250 each: χ² = 2·250² / 190,250 = 0.657, p = 0.4176.
    await expect(calc.locator('[data-result="srm"]')).toContainText('χ² = 0.66, p = 0.4176: no sign of a mismatch.');
  });

  test('a looser α makes the default significant, with a 90% interval', async ({ page }) => {
    await page.goto(path('tools/'));
    const calc = await hydrated(page, CALC);
    await calc.getByLabel('Significance level α', { exact: true }).fill('0.1');
    // 0.004 ± 1.644854·0.0022202 = 0.004 ± 0.003652 = +0.0348 to +0.7652 points.
    await expect(calc.locator('[data-result="ci"] th')).toHaveText('90% interval of the difference');
    await expect(calc.locator('[data-result="ci"] td')).toHaveText('+0.03 to +0.77 points');
    await expect(calc.locator('[data-result="verdict"]')).toHaveText(
      'Treatment converts 8% better than control (5.4% vs 5%); the difference is statistically significant at α = 0.1 (p = 0.0716), and the 90% interval +0.03 to +0.77 points excludes 0.',
    );
  });

  test('warns about a sample ratio mismatch on a skewed split', async ({ page }) => {
    await page.goto(path('tools/?sig.usersA=50000&sig.convA=2500&sig.usersB=52000&sig.convB=2650'));
    const calc = await hydrated(page, CALC);
    // 50,000 vs 52,000 at 50/50 expects 51,000 each: χ² = 2·1,000² / 51,000 = 39.22; p = 2(1 − Φ(6.262)) = 3.8e-10 < 0.001.
    const warning = calc.locator('.calc-warning[data-result="srm"]');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(
      'Sample ratio mismatch. 50,000 control and 52,000 treatment users are too far from the intended 50% / 50% split to be chance (χ² = 39.22, p < 0.0001, below the 0.001 threshold).',
    );
    await expect(warning).toContainText('Do not trust the result above until the cause is found and fixed.');
    // The test itself still reads: 5% vs 2,650 / 52,000 = 5.096%, +1.9% relative, p = 0.4832.
    await expect(calc.locator('[data-result="rateB"] td')).toHaveText('5.096%');
    await expect(calc.locator('[data-result="p"] td')).toHaveText('0.4832');

    // Told the split was meant to be uneven, the same counts pass: 102,000 · 0.5098 = 51,999.6 ≈ 52,000 expected in B.
    // Expected A = 102,000 · 0.4902 = 50,000.4: χ² = 0.4²/50,000.4 + 0.4²/51,999.6 = 6.3e-6, p = 0.998.
    await calc.getByLabel('Intended share of users in treatment (B)', { exact: true }).fill('0.5098');
    await expect(calc.locator('.calc-warning')).toHaveCount(0);
    await expect(calc.locator('[data-result="srm"]')).toContainText('p = 0.998: no sign of a mismatch.');
  });

  test('explains bad input next to the field, never NaN', async ({ page }) => {
    await page.goto(path('tools/'));
    const calc = await hydrated(page, CALC);
    const conv = calc.getByLabel('Treatment (B) conversions', { exact: true });
    await conv.fill('25000');
    await expect(conv).toHaveAttribute('aria-invalid', 'true');
    await expect(calc.locator('#sig-conv-b-error')).toHaveText(
      'Arm B has more conversions (25000) than users (20000): count each user at most once.',
    );
    await expect(calc.locator('.calc-invalid')).toContainText('Fix the highlighted input');
    await conv.fill('1,080');

    const users = calc.getByLabel('Control (A) users', { exact: true });
    await users.fill('lots');
    await expect(calc.locator('#sig-users-a-error')).toHaveText('Control users must be a number (got “lots”).');
    await users.fill('200.5');
    await expect(calc.locator('#sig-users-a-error')).toHaveText('Arm A users must be a whole number of 0 or more (got 200.5).');
    await users.fill('0');
    await expect(calc.locator('#sig-users-a-error')).toHaveText('Arm A has 0 users: each arm needs at least one user.');
    await users.fill('20,000');

    await calc.getByLabel('Control (A) conversions', { exact: true }).fill('0');
    await expect(calc.locator('#sig-conv-a-error')).toContainText('Arm A has 0 conversions');
    await calc.getByLabel('Control (A) conversions', { exact: true }).fill('1,000');

    await calc.getByLabel('Significance level α', { exact: true }).fill('5');
    await expect(calc.locator('#sig-alpha-error')).toHaveText('α (the false-positive rate, e.g. 0.05) must be strictly between 0 and 1 (got 5).');
    await calc.getByLabel('Significance level α', { exact: true }).fill('0.05');

    await calc.getByLabel('Intended share of users in treatment (B)', { exact: true }).fill('1');
    await expect(calc.locator('#sig-share-error')).toHaveText(
      'The intended treatment share must be strictly between 0 and 1 (got 1); 0.5 means a 50/50 split.',
    );
    await expect(calc).not.toContainText('NaN');
    await expect(calc).not.toContainText('Infinity');
  });

  test('keeps its inputs in the URL', async ({ page }) => {
    await page.goto(path('tools/'));
    const calc = await hydrated(page, CALC);
    await calc.getByLabel('Treatment (B) conversions', { exact: true }).fill('1200');
    await expect(page).toHaveURL(/sig\.convB=1200/);
    // Let the first page finish loading (favicon included), so reloading aborts no request.
    await page.waitForLoadState('networkidle');
    await page.goto(page.url());
    const again = await hydrated(page, CALC);
    await expect(again.getByLabel('Treatment (B) conversions', { exact: true })).toHaveValue('1200');
    // 1,200 / 20,000 = 6% vs 5%: +1 point, +20%. Pooled 2,200 / 40,000 = 0.055, SE = √(0.055·0.945/10,000) = 0.0022798,
    // z = 0.01 / 0.0022798 = 4.386, p = 1.2e-5 → shown as < 0.0001.
    await expect(again.locator('[data-result="relative"] td')).toHaveText('+20%');
    await expect(again.locator('[data-result="z"] td')).toHaveText('+4.386');
    await expect(again.locator('[data-result="p"] td')).toHaveText('< 0.0001');
  });
});
