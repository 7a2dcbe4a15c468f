import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classificationMetrics, undefinedMetrics } from './classification';
import { InputError } from '../input';

describe('classificationMetrics', () => {
  it('matches hand-computed values for TP=40, FP=10, FN=20, TN=30', () => {
    const m = classificationMetrics({ tp: 40, fp: 10, fn: 20, tn: 30 });
    expect(m.precision).toBeCloseTo(40 / 50, 12); // 0.8
    expect(m.recall).toBeCloseTo(40 / 60, 12); // 0.6667
    expect(m.f1).toBeCloseTo((2 * 0.8 * (2 / 3)) / (0.8 + 2 / 3), 12); // 0.72727
    expect(m.accuracy).toBeCloseTo(70 / 100, 12);
    expect(m.specificity).toBeCloseTo(30 / 40, 12);
    expect(m.fpr).toBeCloseTo(10 / 40, 12);
    expect(m.balancedAccuracy).toBeCloseTo((2 / 3 + 0.75) / 2, 12);
    // MCC = (40·30 − 10·20) / √(50·60·40·50) = 1000 / √6,000,000 = 0.408248…
    expect(m.mcc).toBeCloseTo(0.4082482904638631, 12);
    expect(m.prevalence).toBeCloseTo(0.6, 12);
  });

  it('weights recall with β (F2 = 5PR / (4P + R))', () => {
    const m = classificationMetrics({ tp: 40, fp: 10, fn: 20, tn: 30 }, 2);
    const P = 0.8;
    const R = 2 / 3;
    expect(m.fBeta).toBeCloseTo((5 * P * R) / (4 * P + R), 12); // 0.68966
    expect(m.f1).toBeCloseTo(0.7272727, 6);
  });

  it('reports zero-denominator ratios as 0 and names them as undefined', () => {
    const c = { tp: 0, fp: 0, fn: 5, tn: 95 };
    const m = classificationMetrics(c);
    expect(m.precision).toBe(0);
    expect(m.f1).toBe(0);
    expect(m.mcc).toBe(0);
    expect(undefinedMetrics(c)).toEqual(['precision', 'mcc']);
    expect(undefinedMetrics({ tp: 5, fp: 0, fn: 0, tn: 0 })).toEqual(['specificity', 'fpr', 'balancedAccuracy', 'mcc']);
  });

  it.each([
    [{ tp: 0, fp: 0, fn: 0, tn: 0 }, /at least one example/],
    [{ tp: -1, fp: 0, fn: 0, tn: 3 }, /TP must be a whole number/],
    [{ tp: 1.5, fp: 0, fn: 0, tn: 3 }, /TP must be a whole number/],
    [{ tp: 1, fp: Number.NaN, fn: 0, tn: 3 }, /FP must be a finite number/],
  ])('rejects %o', (c, message) => {
    expect(() => classificationMetrics(c)).toThrow(InputError);
    expect(() => classificationMetrics(c)).toThrow(message);
  });

  it('rejects a non-positive β', () => {
    expect(() => classificationMetrics({ tp: 1, fp: 1, fn: 1, tn: 1 }, 0)).toThrow(/β must be greater than 0/);
  });

  it('keeps every rate in [0, 1] and MCC in [−1, 1]', () => {
    const n = fc.nat({ max: 10_000 });
    fc.assert(
      fc.property(n, n, n, n, (tp, fp, fn, tn) => {
        fc.pre(tp + fp + fn + tn > 0);
        const m = classificationMetrics({ tp, fp, fn, tn });
        for (const key of ['precision', 'recall', 'f1', 'fBeta', 'accuracy', 'specificity', 'fpr', 'balancedAccuracy', 'prevalence'] as const) {
          expect(m[key]).toBeGreaterThanOrEqual(0);
          expect(m[key]).toBeLessThanOrEqual(1);
        }
        expect(Math.abs(m.mcc)).toBeLessThanOrEqual(1 + 1e-12);
        if (tn + fp > 0) expect(m.fpr + m.specificity).toBeCloseTo(1, 12);
      }),
    );
  });
});
