import { describe, expect, it } from 'vitest';
import { inputError } from '../input-error.testing';
import fc from 'fast-check';
import { cupedAdjusted, cupedSampleSize, cupedTheta } from './cuped';


// Written out independently of the module: the textbook n − 1 forms.
const avg = (v: number[]) => v.reduce((s, a) => s + a, 0) / v.length;
const sampleVar = (v: number[]) => {
  const m = avg(v);
  return v.reduce((s, a) => s + (a - m) ** 2, 0) / (v.length - 1);
};
const pearson = (a: number[], b: number[]) => {
  const ma = avg(a);
  const mb = avg(b);
  let num = 0;
  let da = 0;
  let db = 0;
  a.forEach((ai, i) => {
    num += (ai - ma) * (b[i]! - mb);
    da += (ai - ma) ** 2;
    db += (b[i]! - mb) ** 2;
  });
  return num / Math.sqrt(da * db);
};

describe('cupedTheta and cupedAdjusted on a hand-worked example', () => {
  // y = 2, 4, 6, 8 (this week); x = 1, 2, 3, 5 (the same users before the test).
  // mean y = 5, mean x = 2.75; x − x̄ = −1.75, −0.75, 0.25, 2.25; y − ȳ = −3, −1, 1, 3.
  // Σ(x − x̄)(y − ȳ) = 5.25 + 0.75 + 0.25 + 6.75 = 13; Σ(x − x̄)² = 3.0625 + 0.5625 + 0.0625 + 5.0625 = 8.75.
  // θ = 13 / 8.75 = 52/35 = 1.485714…
  const y = [2, 4, 6, 8];
  const x = [1, 2, 3, 5];

  it('θ = cov(Y, X) / var(X) = 52/35', () => {
    expect(cupedTheta(y, x)).toBeCloseTo(52 / 35, 12);
  });

  it('adjusts each value by θ(x − x̄): 4.6, 5.114286, 5.628571, 4.657143', () => {
    // 2 + 1.75·52/35 = 2 + 2.6 = 4.6;  4 + 0.75·52/35 = 4 + 39/35;
    // 6 − 0.25·52/35 = 6 − 13/35;      8 − 2.25·52/35 = 8 − 117/35.
    const adjusted = cupedAdjusted(y, x);
    [4.6, 4 + 39 / 35, 6 - 13 / 35, 8 - 117 / 35].forEach((v, i) => expect(adjusted[i]).toBeCloseTo(v, 12));
  });

  it('keeps the mean of y (20 / 4 = 5) and shrinks its variance from 20/3 to 40/175', () => {
    const adjusted = cupedAdjusted(y, x);
    expect(avg(adjusted)).toBeCloseTo(5, 12);
    // var(y) = (9 + 1 + 1 + 9) / 3 = 20/3.  ρ² = 13² / (8.75 · 20) = 169 / 175.
    // (1 − ρ²) · var(y) = (6/175) · (20/3) = 40/175 = 0.228571…  (n − 1 form on both sides).
    expect(sampleVar(adjusted)).toBeCloseTo(40 / 175, 12);
  });

  it('a covariate that predicts y exactly leaves no variance (ρ = 1)', () => {
    const adjusted = cupedAdjusted([1, 3, 2, 4], [0, 2, 1, 3]);
    adjusted.forEach((v) => expect(v).toBeCloseTo(2.5, 12));
  });

  it('an unrelated covariate gives θ = 0 and leaves y unchanged', () => {
    // x − x̄ = −1, 1, −1, 1 and y − ȳ = −1, −1, 1, 1 are orthogonal.
    expect(cupedTheta([1, 1, 3, 3], [0, 2, 0, 2])).toBe(0);
    expect(cupedAdjusted([1, 1, 3, 3], [0, 2, 0, 2])).toEqual([1, 1, 3, 3]);
  });
});

describe('variance of the adjusted metric is (1 − ρ²)·var(Y)', () => {
  it('on simulated users whose spend this week follows last week', () => {
    // Deterministic data: x uniform in [0, 100), y = 0.8x + noise, from a fixed LCG.
    let state = 12345;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state / 2 ** 31;
    };
    const x: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const xi = 100 * next();
      x.push(xi);
      y.push(0.8 * xi + 40 * (next() - 0.5) + 10);
    }
    const rho = pearson(y, x);
    expect(rho).toBeGreaterThan(0.8); // the data do carry a strong covariate
    expect(sampleVar(cupedAdjusted(y, x))).toBeCloseTo((1 - rho * rho) * sampleVar(y), 8);
  });

  it('for any data with a non-constant covariate', () => {
    const pairs = fc
      .array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })), { minLength: 3, maxLength: 60 })
      .filter((p) => new Set(p.map(([, xi]) => xi)).size > 1);
    fc.assert(
      fc.property(pairs, (p) => {
        const y = p.map(([yi]) => yi);
        const x = p.map(([, xi]) => xi);
        const vy = sampleVar(y);
        const rho2 = vy === 0 ? 0 : pearson(y, x) ** 2;
        const lhs = sampleVar(cupedAdjusted(y, x));
        expect(Math.abs(lhs - (1 - rho2) * vy)).toBeLessThanOrEqual(1e-6 * Math.max(1, vy));
      }),
    );
  });
});

describe('cupedSampleSize', () => {
  it('shrinks n by 1 − ρ²', () => {
    // 189,938 users per arm (the chapter's worked example) with ρ = 0.5: 189,938 · 0.75 = 142,453.5 → 142,454.
    expect(cupedSampleSize(189_938, 0.5)).toBe(142_454);
    expect(cupedSampleSize(189_938, -0.5)).toBe(142_454);
    // ρ = 0.7: 1 − 0.49 = 0.51; 10,000 · 0.51 = 5,100 exactly (no spurious 5,101 from rounding noise).
    expect(cupedSampleSize(10_000, 0.7)).toBe(5_100);
    expect(cupedSampleSize(1_000, 0.3)).toBe(910);
    expect(cupedSampleSize(14_751, 0)).toBe(14_751);
    expect(cupedSampleSize(14_751, 1)).toBe(0);
  });

  it('explains impossible inputs', () => {
    expect(inputError(() => cupedSampleSize(1000, 1.2))).toMatchObject({ field: 'correlation', message: expect.stringMatching(/between −1 and 1 \(got 1\.2\)/) });
    expect(inputError(() => cupedSampleSize(1000, -1.01)).field).toBe('correlation');
    expect(inputError(() => cupedSampleSize(1000, Number.NaN)).field).toBe('correlation');
    expect(inputError(() => cupedSampleSize(0, 0.5))).toMatchObject({ field: 'nWithout', message: expect.stringMatching(/more than 0/) });
    expect(inputError(() => cupedSampleSize(Number.POSITIVE_INFINITY, 0.5)).field).toBe('nWithout');
  });
});

describe('cupedTheta and cupedAdjusted reject unusable input', () => {
  it('empty lists', () => {
    expect(inputError(() => cupedTheta([], [])).message).toMatch(/y is empty/);
    expect(inputError(() => cupedAdjusted([1, 2], [])).message).toMatch(/x is empty/);
  });

  it('lists of different lengths', () => {
    expect(inputError(() => cupedTheta([1, 2, 3], [1, 2]))).toMatchObject({ field: 'x', message: expect.stringMatching(/y has 3 values but x has 2/) });
  });

  it('a covariate with zero variance', () => {
    expect(inputError(() => cupedTheta([1, 2, 3], [4, 4, 4]))).toMatchObject({ field: 'x', message: expect.stringMatching(/zero variance/) });
    expect(inputError(() => cupedAdjusted([5], [7])).message).toMatch(/zero variance/);
  });

  it('values that are not finite numbers', () => {
    expect(inputError(() => cupedTheta([1, Number.NaN], [1, 2])).message).toMatch(/y: item 2 is not a finite number/);
  });
});
