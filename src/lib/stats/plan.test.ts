import { describe, expect, it } from 'vitest';
import { inputError } from '../input-error.testing';
import { CURVE_FACTORS, planTest } from './plan';

const base = {
  baselineRate: 0.05,
  minDetectableEffect: 0.02,
  relative: true,
  alpha: 0.05,
  power: 0.8,
  sides: 2 as const,
  dailyUsers: 1_000_000,
  trafficShare: 0.5,
  variants: 2,
};

describe('planTest', () => {
  it('sizes the default test: 752,703 per variant, 4 days, 5% → 5.1%', () => {
    // (1.959964·0.3096764 + 0.841621·0.3096756)² / 0.001² = 752,702.4 → 752,703; 1,505,406 / 500,000 → 4 days.
    const p = planTest(base);
    expect(p.perVariant).toBe(752_703);
    expect(p.total).toBe(1_505_406);
    expect(p.perDay).toBe(500_000);
    expect(p.days).toBe(4);
    expect(p.target).toBeCloseTo(0.051, 15);
    expect(p.absoluteChange).toBeCloseTo(0.001, 15);
    expect(p.relativeChange).toBeCloseTo(0.02, 12);
    expect(p.shorterThanAWeek).toBe(true);
    expect(p.longerThanAYear).toBe(false);
    expect(p.comparisons).toBe(1);
  });

  it('draws the curve for every multiple of the effect, left to right, marking the chosen one', () => {
    const p = planTest(base);
    expect(p.curve).toHaveLength(CURVE_FACTORS.length);
    expect(p.curve.filter((c) => c.chosen)).toEqual([{ mde: 0.02, n: 752_703, chosen: true }]);
    for (let i = 1; i < p.curve.length; i++) {
      expect(p.curve[i]!.mde).toBeGreaterThan(p.curve[i - 1]!.mde);
      expect(p.curve[i]!.n).toBeLessThan(p.curve[i - 1]!.n);
    }
    // Halving the effect roughly quadruples the sample.
    expect(p.curve[0]!.n / 752_703).toBeCloseTo(4, 0);
  });

  it('leaves out multiples whose implied rate is impossible, and orders a decrease left to right', () => {
    // 0.6 + 2.5 × 0.3 = 1.35 is not a rate, nor is 0.6 + 2 × 0.3: only those two drop out.
    const high = planTest({ ...base, baselineRate: 0.6, minDetectableEffect: 0.3, relative: false });
    expect(high.curve.map((c) => c.mde)).toEqual(CURVE_FACTORS.filter((f) => 0.6 + 0.3 * f < 1).map((f) => 0.3 * f));
    const down = planTest({ ...base, baselineRate: 0.11, minDetectableEffect: -0.01, relative: false });
    expect(down.perVariant).toBe(14_751);
    expect(down.curve[0]!.mde).toBeCloseTo(-0.025, 15);
    expect(down.curve).toHaveLength(10);
  });

  it('notes more than one comparison', () => {
    expect(planTest({ ...base, variants: 3 }).comparisons).toBe(2);
  });
});


// Normal quantiles to 7 digits, from tables: z_0.975 = 1.959964, z_0.8 = 0.8416212.
const Z975 = 1.959964;
const Z80 = 0.8416212;

/**
 * The two-proportion formula written out here, with both variances (the pooled one under
 * the null and the one under the alternative) multiplied by `factor`: what a test on a
 * metric with (1 − ρ²) of the variance needs, computed without the planner's code.
 */
function twoProportionN(p1: number, p2: number, factor = 1): number {
  const pBar = (p1 + p2) / 2;
  const term = Z975 * Math.sqrt(2 * pBar * (1 - pBar) * factor) + Z80 * Math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) * factor);
  return (term * term) / ((p2 - p1) * (p2 - p1));
}

describe('planTest with CUPED', () => {
  it('ρ = 0 (the default) plans the plain test and adds nothing', () => {
    const plain = planTest(base);
    expect(planTest({ ...base, correlation: 0 })).toEqual(plain);
    expect(plain.cuped).toBeUndefined();
    expect(plain.curve.every((c) => c.nCuped === undefined)).toBe(true);
  });

  it('ρ = 0.5 removes a quarter of the variance, so a quarter of the users: 752,703 → 564,528', () => {
    const p = planTest({ ...base, correlation: 0.5 });
    // The plain test is unchanged beside it.
    expect(p.perVariant).toBe(752_703);
    expect(p.days).toBe(4);
    // ⌈752,703 × 0.75⌉ = ⌈564,527.25⌉ = 564,528 per variant; 2 × 564,528 = 1,129,056 users; / 500,000 a day = 2.26 → 3 days.
    expect(p.cuped).toEqual({ correlation: 0.5, varianceFactor: 0.75, perVariant: 564_528, total: 1_129_056, days: 3 });
    expect(1 - p.cuped!.perVariant / p.perVariant).toBeCloseTo(0.25, 5);
  });

  it('halving the variance halves the users, as Deng et al. (WSDM 2013) report for Bing: ρ² = 0.5 → ⌈752,703 / 2⌉ = 376,352', () => {
    // The paper's abstract: variance down by about 50%, "the same statistical power with only half of the users".
    const p = planTest({ ...base, correlation: Math.SQRT1_2 });
    expect(p.cuped!.perVariant).toBe(376_352);
    // 752,704 users in all / 500,000 a day = 1.51 → 2 days, against 4 without CUPED.
    expect(p.cuped!.days).toBe(2);
  });

  it('agrees with the formula worked on a metric whose variances are scaled by 1 − ρ²', () => {
    // Scaling both variances by 1 − ρ² scales n by exactly 1 − ρ²; the planner rounds the plain n up
    // first (as the metrics chapter does), so it may ask for one user more than rounding once.
    for (const [p1, mde, rho] of [
      [0.05, 0.02, 0.5],
      [0.05, 0.04, 0.7],
      [0.2, 0.05, 0.3],
      [0.5, 0.1, 0.9],
    ] as const) {
      const p = planTest({ ...base, baselineRate: p1, minDetectableEffect: mde, correlation: rho });
      const direct = Math.ceil(twoProportionN(p1, p1 * (1 + mde), 1 - rho * rho));
      expect(p.cuped!.perVariant - direct, `p1 = ${p1}, mde = ${mde}, ρ = ${rho}`).toBeGreaterThanOrEqual(0);
      expect(p.cuped!.perVariant - direct, `p1 = ${p1}, mde = ${mde}, ρ = ${rho}`).toBeLessThanOrEqual(1);
    }
  });

  it('ρ = 0.7 on the chapter’s 189,938 per variant: ⌈189,938 × 0.51⌉ = ⌈96,868.38⌉ = 96,869', () => {
    const p = planTest({ ...base, minDetectableEffect: 0.04, dailyUsers: 60_000, trafficShare: 1, correlation: 0.7 });
    expect(p.perVariant).toBe(189_938);
    expect(p.cuped!.perVariant).toBe(96_869);
    // 379,876 / 60,000 = 6.33 → 7 days plain; 193,738 / 60,000 = 3.23 → 4 days with CUPED, so the one-week note applies.
    expect(p.days).toBe(7);
    expect(p.cuped!.days).toBe(4);
    expect(p.shorterThanAWeek).toBe(true);
  });

  it('draws the CUPED curve under the plain one, each point ⌈n × (1 − ρ²)⌉', () => {
    const p = planTest({ ...base, correlation: 0.6 });
    // 1 − 0.36 = 0.64.
    for (const c of p.curve) expect(c.nCuped).toBe(Math.ceil(c.n * 0.64 - 1e-9));
    expect(p.curve.find((c) => c.chosen)!.nCuped).toBe(p.cuped!.perVariant);
  });

  it('notes a test under a week or over a year as it will run, with CUPED', () => {
    // 60,000 a day at 5% → 5.2% takes 7 days plain, 4 with ρ = 0.7 (above).
    expect(planTest({ ...base, minDetectableEffect: 0.04, dailyUsers: 60_000, trafficShare: 1 }).shorterThanAWeek).toBe(false);
    // 752,703 × 2 / 4,000 a day = 376.4 → 377 days plain; ρ = 0.5: 564,528 × 2 / 4,000 = 282.3 → 283 days.
    const slow = { ...base, dailyUsers: 4_000, trafficShare: 1 };
    expect(planTest(slow).longerThanAYear).toBe(true);
    expect(planTest({ ...slow, correlation: 0.5 }).cuped!.days).toBe(283);
    expect(planTest({ ...slow, correlation: 0.5 }).longerThanAYear).toBe(false);
  });

  it('refuses ρ outside [0, 1) on the correlation field, saying why', () => {
    const one = inputError(() => planTest({ ...base, correlation: 1 }));
    expect(one.field).toBe('correlation');
    expect(one.message).toMatch(/^The correlation ρ must be at least 0 and less than 1 \(got 1\): at 1 the pre-experiment value would predict the metric exactly/);
    expect(inputError(() => planTest({ ...base, correlation: 1.5 })).message).toMatch(/less than 1 \(got 1\.5\)/);
    const negative = inputError(() => planTest({ ...base, correlation: -0.5 }));
    expect(negative).toMatchObject({ field: 'correlation', message: expect.stringMatching(/\(got -0\.5\).*negative correlation helps exactly as much.*enter its size, 0\.5\.$/) });
    // Below −1 is not a correlation at all: no advice to enter its size.
    expect(inputError(() => planTest({ ...base, correlation: -2 })).message).toBe(
      'The correlation ρ must be at least 0 and less than 1 (got -2): at 1 the pre-experiment value would predict the metric exactly, leaving no variance to test, which no real covariate does.',
    );
    expect(inputError(() => planTest({ ...base, correlation: Number.NaN }))).toMatchObject({ field: 'correlation', message: 'The correlation ρ must be a finite number (got NaN).' });
  });
});
