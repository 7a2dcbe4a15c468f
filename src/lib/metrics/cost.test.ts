import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bayesThreshold, costCurve, expectedCost, minCostThreshold } from './cost';
import { InputError } from '../input';

// Five cases worked by hand: two positives, three negatives, a tie at 0.3.
const labels = [1, 0, 1, 0, 0];
const scores = [0.9, 0.8, 0.7, 0.3, 0.3];

describe('expectedCost', () => {
  it('sums count × cost over the four cells, tp and tn defaulting to 0', () => {
    expect(expectedCost({ tp: 2, fp: 1, fn: 0, tn: 2 }, { fp: 1, fn: 10 })).toBe(1);
    expect(expectedCost({ tp: 3, fp: 4, fn: 5, tn: 6 }, { fp: 2, fn: 7, tp: 1, tn: 0.5 })).toBe(3 + 8 + 35 + 3);
  });
  it('refuses negative or fractional counts and non-finite costs', () => {
    expect(() => expectedCost({ tp: -1, fp: 0, fn: 0, tn: 0 }, { fp: 1, fn: 1 })).toThrow(InputError);
    expect(() => expectedCost({ tp: 1.5, fp: 0, fn: 0, tn: 0 }, { fp: 1, fn: 1 })).toThrow(/whole number/);
    expect(() => expectedCost({ tp: 1, fp: 0, fn: 0, tn: 0 }, { fp: Number.NaN, fn: 1 })).toThrow(/FP cost/);
    expect(() => expectedCost({ tp: 1, fp: 0, fn: 0, tn: 0 }, { fp: 1, fn: Infinity })).toThrow(/FN cost/);
    expect(() => expectedCost({ tp: 1, fp: 0, fn: 0, tn: 0 }, { fp: -1, fn: 1 })).toThrow('The FP cost must be from 0 to 1,000,000,000 (got -1).');
    expect(() => expectedCost({ tp: 1, fp: 0, fn: 0, tn: 0 }, { fp: 1, fn: 1e30 })).toThrow(/FN cost must be from 0 to 1,000,000,000/);
  });
});

describe('costCurve', () => {
  it('starts at +Infinity (flag nothing), then each distinct score descending', () => {
    const curve = costCurve(labels, scores, { fp: 1, fn: 10 });
    expect(curve.thresholds).toEqual([Infinity, 0.9, 0.8, 0.7, 0.3]);
    // Inf: 2 misses = 20; 0.9: 1 miss = 10; 0.8: 1 miss + 1 FP = 11; 0.7: 1 FP = 1; 0.3: 3 FP = 3.
    expect(curve.cost).toEqual([20, 10, 11, 1, 3]);
  });
  it('names the problem in the input', () => {
    expect(() => costCurve([], [], { fp: 1, fn: 1 })).toThrow(/empty/);
    expect(() => costCurve([1, 0], [0.5], { fp: 1, fn: 1 })).toThrow(/one score per label/);
    expect(() => costCurve([1, 2], [0.5, 0.4], { fp: 1, fn: 1 })).toThrow(/0 \(negative\) or 1/);
    expect(() => costCurve([1, 0], [0.5, Number.NaN], { fp: 1, fn: 1 })).toThrow(/not a finite number/);
  });
});

describe('minCostThreshold', () => {
  it('finds the cheapest threshold and its confusion matrix', () => {
    const best = minCostThreshold(labels, scores, { fp: 1, fn: 10 });
    expect(best).toEqual({ threshold: 0.7, cost: 1, confusion: { tp: 2, fp: 1, fn: 0, tn: 2 } });
  });
  it('breaks ties towards the highest threshold', () => {
    // Costs 2, 1, 2, 1, 3: 0.9 and 0.7 tie at 1.
    expect(minCostThreshold(labels, scores, { fp: 1, fn: 1 }).threshold).toBe(0.9);
    // With nothing worth flagging, +Infinity wins.
    expect(minCostThreshold([0, 0], [0.2, 0.1], { fp: 1, fn: 5 }).threshold).toBe(Infinity);
  });
  it('matches a brute-force count at every candidate threshold', () => {
    const cases = fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 20 })), { minLength: 1, maxLength: 40 });
    const costs = fc.record({ fp: fc.integer({ min: 0, max: 50 }), fn: fc.integer({ min: 0, max: 50 }), tp: fc.integer({ min: 0, max: 5 }) });
    fc.assert(
      fc.property(cases, costs, (rows, k) => {
        const ys = rows.map((r) => r[0]);
        const ss = rows.map((r) => r[1] / 20);
        const bruteCost = (t: number) =>
          rows.reduce((sum, _, i) => {
            const flagged = ss[i]! >= t;
            const y = ys[i]!;
            return sum + (flagged ? (y ? k.tp : k.fp) : y ? k.fn : 0);
          }, 0);
        const candidates = [Infinity, ...new Set(ss)];
        const min = Math.min(...candidates.map(bruteCost));
        const best = minCostThreshold(ys, ss, k);
        expect(best.cost).toBe(min);
        expect(bruteCost(best.threshold)).toBe(min);
        expect(candidates.filter((t) => bruteCost(t) === min && t > best.threshold)).toEqual([]);
      }),
    );
  });
});

describe('bayesThreshold', () => {
  it('is (fp − tn) / ((fp − tn) + (fn − tp))', () => {
    expect(bayesThreshold({ fp: 1, fn: 10 })).toBeCloseTo(1 / 11, 15);
    expect(bayesThreshold({ fp: 1, fn: 10, tp: 2 })).toBeCloseTo(1 / 9, 15);
    expect(bayesThreshold({ fp: 5, fn: 5 })).toBe(0.5);
    expect(bayesThreshold({ fp: 0, fn: 5 })).toBe(0);
  });
  it('refuses costs under which flagging never pays, or always does', () => {
    expect(() => bayesThreshold({ fp: 1, fn: 2, tp: 2 })).toThrow(/never pays/);
    expect(() => bayesThreshold({ fp: 1, fn: 0 })).toThrow(/never pays/);
    expect(() => bayesThreshold({ fp: 0, fn: 3, tn: 1 })).toThrow(/every case should be flagged/);
  });
});
