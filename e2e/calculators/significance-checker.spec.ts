import { CalculatorPage } from '../calculator';
import { expect, test } from '../fixtures';

// z uses the pooled SE √(p(1−p)(1/n_a + 1/n_b)); the interval the unpooled SE √(p_a(1−p_a)/n_a + p_b(1−p_b)/n_b);
// z_0.975 = 1.959964, z_0.95 = 1.644854.

test.describe('A/B significance checker', () => {
  test('default: an 8% lift that is not significant', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'significance-checker');
    const result = (key: string) => calc.result(key);
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
    await expect(calc.root.locator('[data-result="verdict"]')).toHaveText(
      'Treatment converts 8% better than control (5.4% vs 5%), but the difference is not significant at α = 0.05 (p = 0.0716): the 95% interval −0.04 to +0.84 points includes 0.',
    );
    // Equal arms at a 50/50 split: χ² = 0, p = 1.
    await expect(calc.root.locator('[data-result="srm"]')).toHaveText(
      'Sample ratio check: 20,000 vs 20,000 users against an intended 50% / 50% split, χ² = 0, p = 1: no sign of a mismatch.',
    );
  });

  test("reproduces the experiments chapter's worked example", async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'significance-checker');
    const result = (key: string) => calc.result(key);
    await calc.field('Control (A) users').fill('190,000');
    await calc.field('Control (A) conversions').fill('9,500');
    await calc.field('Treatment (B) users').fill('190,500');
    await calc.field('Treatment (B) conversions').fill('9,906');
    // 5.000% vs 5.200%. Pooled 19,406 / 380,500 = 0.051001; SE = √(0.051001·0.948999·(1/190,000 + 1/190,500)) = 0.00071331;
    // z = 0.002 / 0.00071331 = 2.8038; p = 2(1 − Φ(2.8038)) = 0.00505 → 0.005.
    // Unpooled SE = √(0.0475/190,000 + 0.049296/190,500) = 0.00071328; 0.002 ± 1.959964·0.00071328 = 0.002 ± 0.001398
    // = +0.06 to +0.34 points (the chapter's interval).
    await expect(result('z')).toHaveText('+2.804');
    await expect(result('p')).toHaveText('0.005');
    await expect(result('ci')).toHaveText('+0.06 to +0.34 points');
    await expect(calc.root.locator('[data-result="verdict"]')).toHaveText(
      'Treatment converts 4% better than control (5.2% vs 5%); the difference is statistically significant at α = 0.05 (p = 0.005), and the 95% interval +0.06 to +0.34 points excludes 0.',
    );
    // The chapter's SRM example: 190,000 vs 190,500 expects 190,250 each: χ² = 2·250² / 190,250 = 0.657, p = 0.4176.
    await expect(calc.root.locator('[data-result="srm"]')).toContainText('χ² = 0.66, p = 0.4176: no sign of a mismatch.');
  });

  test('a looser α makes the default significant, with a 90% interval', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'significance-checker');
    await calc.field('Significance level α').fill('0.1');
    // 0.004 ± 1.644854·0.0022202 = 0.004 ± 0.003652 = +0.0348 to +0.7652 points.
    await expect(calc.root.locator('[data-result="ci"] th')).toHaveText('90% interval of the difference');
    await expect(calc.root.locator('[data-result="ci"] td')).toHaveText('+0.03 to +0.77 points');
    await expect(calc.root.locator('[data-result="verdict"]')).toHaveText(
      'Treatment converts 8% better than control (5.4% vs 5%); the difference is statistically significant at α = 0.1 (p = 0.0716), and the 90% interval +0.03 to +0.77 points excludes 0.',
    );
  });

  test('warns about a sample ratio mismatch on a skewed split', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'significance-checker', { query: '?sig.usersA=50000&sig.convA=2500&sig.usersB=52000&sig.convB=2650' });
    // 50,000 vs 52,000 at 50/50 expects 51,000 each: χ² = 2·1,000² / 51,000 = 39.22; p = 2(1 − Φ(6.262)) = 3.8e-10 < 0.001.
    const warning = calc.root.locator('.calc-warning[data-result="srm"]');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(
      'Sample ratio mismatch. 50,000 control and 52,000 treatment users are too far from the intended 50% / 50% split to be chance (χ² = 39.22, p < 0.0001, below the 0.001 threshold).',
    );
    await expect(warning).toContainText('Do not trust the result above until the cause is found and fixed.');
    // The test itself still reads: 5% vs 2,650 / 52,000 = 5.096%, +1.9% relative, p = 0.4832.
    await expect(calc.root.locator('[data-result="rateB"] td')).toHaveText('5.096%');
    await expect(calc.root.locator('[data-result="p"] td')).toHaveText('0.4832');

    // Told the split was meant to be uneven, the same counts pass: 102,000 · 0.5098 = 51,999.6 ≈ 52,000 expected in B.
    // Expected A = 102,000 · 0.4902 = 50,000.4: χ² = 0.4²/50,000.4 + 0.4²/51,999.6 = 6.3e-6, p = 0.998.
    await calc.field('Intended share of users in treatment (B)').fill('0.5098');
    // The SRM line is back to the plain note (and the warning box is gone).
    await expect(calc.root.locator('p.calc-note[data-result="srm"]')).toContainText('p = 0.998: no sign of a mismatch.');
    await expect(calc.root.locator('.calc-warning')).toHaveCount(0);
  });

  test('explains bad input next to the field, never NaN', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'significance-checker');
    const conv = calc.field('Treatment (B) conversions');
    await conv.fill('25000');
    await calc.expectError(conv, 'Arm B has more conversions (25000) than users (20000): count each user at most once.');
    await expect(calc.invalid).toContainText('Fix the highlighted input');
    await conv.fill('1,080');

    const users = calc.field('Control (A) users');
    await users.fill('lots');
    await calc.expectError(users, 'Control users must be a number (got “lots”).');
    await users.fill('200.5');
    await calc.expectError(users, 'Arm A users must be a whole number of 0 or more (got 200.5).');
    await users.fill('0');
    await calc.expectError(users, 'Arm A has 0 users: each arm needs at least one user.');
    await users.fill('20,000');

    const convA = calc.field('Control (A) conversions');
    await convA.fill('0');
    await calc.expectError(convA, 'Arm A has 0 conversions', { contains: true });
    await calc.expectError(convA, "Fisher's exact test", { contains: true });
    await convA.fill('1,000');

    const alpha = calc.field('Significance level α');
    await alpha.fill('5');
    await calc.expectError(alpha, 'α (the false-positive rate, e.g. 0.05) must be strictly between 0 and 1 (got 5).');
    await alpha.fill('0.05');

    const share = calc.field('Intended share of users in treatment (B)');
    await share.fill('1');
    await calc.expectError(share, 'The intended treatment share must be strictly between 0 and 1 (got 1); 0.5 means a 50/50 split.');
    await calc.expectNoBadNumbers();
  });

  test('keeps its inputs in the URL', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'significance-checker');
    await calc.field('Treatment (B) conversions').fill('1200');
    await expect(page).toHaveURL(/sig\.convB=1200/);
    await calc.reload();
    await expect(calc.field('Treatment (B) conversions')).toHaveValue('1200');
    // 1,200 / 20,000 = 6% vs 5%: +1 point, +20%. Pooled 2,200 / 40,000 = 0.055, SE = √(0.055·0.945/10,000) = 0.0022798,
    // z = 0.01 / 0.0022798 = 4.386, p = 1.2e-5 → shown as < 0.0001.
    await expect(calc.result('relative')).toHaveText('+20%');
    await expect(calc.result('z')).toHaveText('+4.386');
    await expect(calc.result('p')).toHaveText('< 0.0001');
  });

  test('warns when an arm has no conversions, naming the test to use instead', async ({ page }) => {
    // 40 of 1,000 vs 0 of 1,000: z and p come out, but the normal approximation behind them does not hold.
    const calc = await CalculatorPage.open(page, 'significance-checker', { query: '?sig.usersA=1000&sig.convA=40&sig.usersB=1000&sig.convB=0' });
    await expect(calc.result('p')).toHaveText('< 0.0001');
    const warning = calc.root.locator('[data-result="small-counts"]');
    await expect(warning).toHaveText(
      "The treatment arm has only 0 conversions: with fewer than 5 in an arm the normal approximation behind z, the p-value and the interval is unreliable. Use Fisher's exact test on the four counts instead, or collect more data.",
    );
    // With 30 conversions in B the approximation is fine and the warning goes (the verdict stays).
    await calc.field('Treatment (B) conversions').fill('30');
    await expect(calc.root.locator('[data-result="verdict"]')).toContainText('not significant');
    await expect(warning).toHaveCount(0);
  });
});
