import { describe, expect, it } from 'vitest';
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
