import { describe, expect, it } from 'vitest';
import { binormalAuc, binormalConfusion } from './scenario';

describe('binormal scenario', () => {
  it('puts half of each class above its own mean', () => {
    // Threshold 0 = the negatives' mean: half the negatives are flagged; with d = 0 half the positives too.
    expect(binormalConfusion({ prevalence: 0.1, separation: 0, threshold: 0, population: 1000 })).toEqual({
      tp: 50,
      fn: 50,
      fp: 450,
      tn: 450,
    });
  });

  it('uses standard normal tail areas', () => {
    // Φ(1.6449) ≈ 0.95: 5% of 9,000 negatives exceed 1.6449; positives at d = 1.6449 split 50/50.
    const c = binormalConfusion({ prevalence: 0.1, separation: 1.6448536269514722, threshold: 1.6448536269514722, population: 10_000 });
    expect(c).toEqual({ tp: 500, fn: 500, fp: 450, tn: 8550 });
  });

  it('AUC is Φ(d/√2)', () => {
    expect(binormalAuc(0)).toBeCloseTo(0.5, 12);
    // Φ(1) = 0.841344746…
    expect(binormalAuc(Math.SQRT2)).toBeCloseTo(0.8413447460685429, 10);
  });

  it('rejects impossible scenarios', () => {
    expect(() => binormalConfusion({ prevalence: 1, separation: 1, threshold: 0, population: 10 })).toThrow(/strictly between 0 and 1/);
    expect(() => binormalConfusion({ prevalence: 0.5, separation: -1, threshold: 0, population: 10 })).toThrow(/Separation/);
    expect(() => binormalConfusion({ prevalence: 0.5, separation: 1, threshold: 0, population: 0 })).toThrow(/population/);
  });
});
