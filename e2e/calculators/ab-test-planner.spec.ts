import { CalculatorPage } from '../calculator';
import { expect, test } from '../fixtures';

// Normal quantiles: z_0.975 = 1.959964, z_0.95 = 1.644854, z_0.9 = 1.281552, z_0.8 = 0.841621.
// n = (z_{1−α/s}·√(2p̄(1−p̄)) + z_power·√(p₁(1−p₁) + p₂(1−p₂)))² / (p₂ − p₁)², rounded up.

test.describe('A/B test planner', () => {
  test('default: 5% baseline, +2% relative → 752,703 per variant, 4 days', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'ab-test-planner');
    const result = (key: string) => calc.result(key);
    // p₂ = 0.051, p̄ = 0.0505: √(2·0.0505·0.9495) = √0.0958995 = 0.3096764; √(0.0475 + 0.048399) = √0.095899 = 0.3096756.
    // (1.959964·0.3096764 + 0.841621·0.3096756)² / 0.001² = 0.8675842² · 10⁶ = 752,702.4 → 752,703.
    await expect(result('perVariant')).toHaveText('752,703');
    // 2 variants: 1,505,406 users; 1,000,000 · 0.5 = 500,000 a day; 1,505,406 / 500,000 = 3.01 → 4 days.
    await expect(result('total')).toHaveText('1,505,406');
    await expect(result('perDay')).toHaveText('500,000');
    await expect(result('days')).toHaveText('4');
    await expect(calc.root.locator('[data-result="target"]')).toHaveText(
      'Sized to detect a change from 5% to 5.1% (+0.1 points, +2% relative) with a two-sided test.',
    );
    await expect(calc.root.getByText('Run for at least a full week anyway')).toBeVisible();
    // The chart: 10 points around the chosen effect, described for screen readers.
    const chart = calc.root.getByRole('img', { name: /Users per variant needed against the minimum detectable effect/ });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAttribute('aria-label', /the chosen 2% needs 752,703\./);
    await expect(chart.locator('circle')).toHaveCount(10);
    await expect(chart.locator('title')).toHaveText('Required users per variant against the minimum detectable effect');
  });

  test("reproduces the metrics chapter's and R's worked examples", async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'ab-test-planner');
    const result = (key: string) => calc.result(key);
    // Metrics chapter: 5% → 5.2% (+4% relative): p̄ = 0.051, √(2·0.051·0.949) = √0.096798 = 0.3111238,
    // √(0.0475 + 0.052·0.948) = √0.096796 = 0.3111206; 1.959964·0.3111238 + 0.841621·0.3111206 = 0.609791 + 0.261846
    // = 0.871637; 0.871637² / 0.002² = 0.759751 / 0.000004 = 189,937.8 → 189,938 per variant (the chapter's figure).
    await calc.field('Minimum detectable effect').fill('0.04');
    await expect(result('perVariant')).toHaveText('189,938');
    // 60,000 eligible users a day, all in the test: 379,876 / 60,000 = 6.33 → 7 days.
    await calc.field('Daily eligible users').fill('60000');
    await calc.field('Share of traffic in the test').fill('1');
    await expect(result('total')).toHaveText('379,876');
    await expect(result('days')).toHaveText('7');

    // R's documented power.prop.test(p1 = .50, p2 = .75, power = .90) gives n = 76.7:
    // p̄ = 0.625, (1.959964·√0.46875 + 1.281552·√0.4375)² / 0.0625 = (1.341896 + 0.847667)² / 0.0625 = 76.71 → 77.
    await calc.field('Effect is').selectOption('absolute');
    await calc.field('Baseline conversion rate').fill('0.5');
    await calc.field('Minimum detectable effect').fill('0.25');
    await calc.field('Power (1 − β)').fill('0.9');
    await expect(result('perVariant')).toHaveText('77');
    await expect(calc.root.locator('[data-result="target"]')).toContainText('from 50% to 75% (+25 points, +50% relative)');
  });

  test('one-sided tests and more variants', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'ab-test-planner');
    const result = (key: string) => calc.result(key);
    // One-sided uses z_0.95: (1.644854·0.3096764 + 0.841621·0.3096756)² · 10⁶ = 0.7700021² · 10⁶ = 592,903.2 → 592,904.
    await calc.field('Test type').selectOption('1');
    await expect(result('perVariant')).toHaveText('592,904');
    await calc.field('Test type').selectOption('2');
    // Three variants: 3 · 752,703 = 2,258,109 users; / 500,000 = 4.52 → 5 days; two comparisons with the control.
    await calc.field('Number of variants').fill('3');
    await expect(result('total')).toHaveText('2,258,109');
    await expect(result('days')).toHaveText('5');
    await expect(calc.root.getByText('Bonferroni: α / 2')).toBeVisible();
  });

  test('explains bad input next to the field, never NaN', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'ab-test-planner');
    const baseline = calc.field('Baseline conversion rate');
    await baseline.fill('abc');
    await calc.expectError(baseline, 'Baseline rate must be a number (got “abc”).');
    await expect(calc.invalid).toContainText('Fix the highlighted input');
    await baseline.fill('1.5');
    await calc.expectError(baseline, 'The baseline rate (a proportion: 0.05 means 5%) must be strictly between 0 and 1 (got 1.5).');
    await baseline.fill('0.05');
    await calc.expectValid(baseline);

    const mde = calc.field('Minimum detectable effect');
    await mde.fill('0');
    await calc.expectError(mde, 'The minimum detectable effect is 0', { contains: true });
    // 0.05 · (1 + 20) = 1.05 is not a rate.
    await mde.fill('20');
    await calc.expectError(mde, 'The treatment rate this effect implies, 0.05 × (1 + 20) = 1.05, is not strictly between 0 and 1: choose a smaller effect.');
    await mde.fill('0.02');

    const power = calc.field('Power (1 − β)');
    await power.fill('80');
    await calc.expectError(power, 'Power (e.g. 0.8) must be strictly between 0 and 1 (got 80).');
    // A power below α is refused, not planned as a test of one user.
    await power.fill('0.03');
    await calc.expectError(
      power,
      'Power (0.03) must be greater than α (0.05): a test rejects with probability α even when there is no effect, so less power than that detects nothing.',
    );
    await power.fill('0.8');

    const share = calc.field('Share of traffic in the test');
    await share.fill('0');
    await calc.expectError(share, 'must be more than 0 and at most 1 (got 0)', { contains: true });
    await share.fill('0.5');

    const variants = calc.field('Number of variants');
    await variants.fill('1');
    await calc.expectError(variants, 'at least 2', { contains: true });
    await variants.fill('2');

    const daily = calc.field('Daily eligible users');
    await daily.fill('0');
    await calc.expectError(daily, 'Daily eligible users must be more than 0 (got 0).');
    // Traffic comes in whole users; absurd magnitudes are refused by the documented range.
    await daily.fill('1000.5');
    await calc.expectError(daily, 'Daily eligible users must be a whole number of users (got 1000.5).');
    await daily.fill('1e30');
    await calc.expectError(daily, 'Daily eligible users must be a whole number from 0 to 10,000,000,000 (got 1e+30).');
    await daily.fill('1e400');
    await calc.expectError(daily, 'Daily eligible users is too large to represent (got “1e400”): it must be a whole number from 0 to 10,000,000,000.');
    await calc.expectNoBadNumbers();
  });

  test('a decrease is planned like an increase, and the chart still draws', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'ab-test-planner', { query: '?ab.baseline=0.11&ab.mde=-0.01&ab.mdeKind=absolute' });
    // 0.11 → 0.10 uses the same p̄ = 0.105 and variances as 0.10 → 0.11:
    // (1.959964·√0.18795 + 0.841621·√0.1879)² / 0.0001 = (0.849707 + 0.364821)² · 10⁴ = 14,750.8 → 14,751.
    await expect(calc.root.locator('[data-result="perVariant"] td')).toHaveText('14,751');
    await expect(calc.root.getByRole('img', { name: /Users per variant needed/ }).locator('circle')).toHaveCount(10);
    await calc.expectNoBadNumbers();
  });

  test('keeps its inputs in the URL', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'ab-test-planner');
    await calc.field('Minimum detectable effect').fill('0.04');
    await calc.field('Test type').selectOption('1');
    await expect(page).toHaveURL(/ab\.mde=0\.04/);
    await expect(page).toHaveURL(/ab\.sides=1/);
    await calc.reload();
    await expect(calc.field('Minimum detectable effect')).toHaveValue('0.04');
    await expect(calc.field('Test type')).toHaveValue('1');
    // One-sided, +4%: 1.644854·0.3111238 + 0.841621·0.3111206 = 0.511753 + 0.261846 = 0.773599;
    // 0.773599² / 0.002² = 0.598455 / 0.000004 = 149,613.8 → 149,614.
    await expect(calc.result('perVariant')).toHaveText('149,614');
  });

  test('CUPED: ρ shows the adjusted users and days beside the plain ones, n × (1 − ρ²) rounded up', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'ab-test-planner');
    const rho = calc.field('CUPED: correlation ρ with the pre-experiment metric');
    await expect(rho).toHaveValue('0');
    // ρ = 0 is a plain test: one column, no CUPED note.
    await expect(calc.result('perVariant')).toHaveText('752,703');
    await expect(calc.root.locator('[data-result="cuped"]')).toHaveCount(0);

    // ρ = 0.5: 1 − 0.25 = 0.75 of the variance; ⌈752,703 × 0.75⌉ = ⌈564,527.25⌉ = 564,528 per variant, 25% fewer.
    await rho.fill('0.5');
    await expect(calc.root.locator('thead th')).toHaveText(['Quantity', 'Without CUPED', 'With CUPED']);
    await expect(calc.result('perVariant')).toHaveText(['752,703', '564,528']);
    // 2 × 564,528 = 1,129,056 users; / 500,000 a day = 2.26 → 3 days (4 without).
    await expect(calc.result('total')).toHaveText(['1,505,406', '1,129,056']);
    await expect(calc.result('perDay')).toHaveText(['500,000', '500,000']);
    await expect(calc.result('days')).toHaveText(['4', '3']);
    await expect(calc.root.locator('[data-result="cuped"]')).toHaveText(
      'CUPED with ρ = 0.5 leaves 1 − ρ² = 0.75 of the variance, so each variant needs 25% fewer users: ⌈752,703 × 0.75⌉ = 564,528.',
    );
    // The chart gains the CUPED curve: a second line and ten more dots, described for screen readers.
    const chart = calc.root.getByRole('img', { name: /Users per variant needed against the minimum detectable effect/ });
    await expect(chart.locator('circle')).toHaveCount(20);
    await expect(chart.locator('path.calc-chart-line--alt')).toHaveCount(1);
    await expect(chart).toHaveAttribute('aria-label', /the chosen 2% needs 752,703\. With CUPED \(dashed line\) it needs 564,528\./);

    // The metrics chapter's 5% → 5.2% test on 60,000 users a day: 189,938 per variant, 7 days.
    // ρ = 0.7: 1 − 0.49 = 0.51; ⌈189,938 × 0.51⌉ = ⌈96,868.38⌉ = 96,869; 193,738 / 60,000 = 3.23 → 4 days.
    await calc.field('Minimum detectable effect').fill('0.04');
    await calc.field('Daily eligible users').fill('60000');
    await calc.field('Share of traffic in the test').fill('1');
    await rho.fill('0.7');
    await expect(calc.result('perVariant')).toHaveText(['189,938', '96,869']);
    await expect(calc.result('days')).toHaveText(['7', '4']);
    await expect(calc.root.getByText('Run for at least a full week anyway')).toBeVisible();

    // ρ travels in the address as ab.rho, and a shared link opens on it.
    await expect(page).toHaveURL(/ab\.rho=0\.7/);
    await calc.reload();
    await expect(rho).toHaveValue('0.7');
    await expect(calc.result('perVariant')).toHaveText(['189,938', '96,869']);
    await calc.expectNoBadNumbers();
  });

  test('CUPED: a ρ outside [0, 1) or not a number is explained next to the field', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'ab-test-planner');
    const rho = calc.field('CUPED: correlation ρ with the pre-experiment metric');
    await rho.fill('1');
    await calc.expectError(
      rho,
      'The correlation ρ must be at least 0 and less than 1 (got 1): at 1 the pre-experiment value would predict the metric exactly, leaving no variance to test, which no real covariate does.',
    );
    await expect(calc.invalid).toContainText('Fix the highlighted input');
    await expect(calc.root.locator('[data-result="perVariant"]')).toHaveCount(0);
    await rho.fill('1.2');
    await calc.expectError(rho, 'must be at least 0 and less than 1 (got 1.2)', { contains: true });
    await rho.fill('-0.4');
    await calc.expectError(
      rho,
      'The correlation ρ must be at least 0 and less than 1 (got -0.4): CUPED removes ρ² of the variance, so a negative correlation helps exactly as much as a positive one; enter its size, 0.4.',
    );
    await rho.fill('strong');
    await calc.expectError(rho, 'The correlation ρ must be a number (got “strong”).');
    await rho.fill('');
    await calc.expectError(rho, 'The correlation ρ is empty: enter a number.');
    await calc.expectNoBadNumbers();
    await rho.fill('0.3');
    await calc.expectValid(rho);
    // 1 − 0.09 = 0.91; ⌈752,703 × 0.91⌉ = ⌈684,959.73⌉ = 684,960.
    await expect(calc.result('perVariant')).toHaveText(['752,703', '684,960']);
  });
});
