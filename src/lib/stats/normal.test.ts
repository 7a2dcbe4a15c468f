import stdlibCdf from '@stdlib/stats-base-dists-normal-cdf';
import stdlibQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { describe, expect, it } from 'vitest';
import { chiSquare1Sf, erfc, normalCdf, normalQuantile } from './normal';

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('normalCdf', () => {
  it('matches published values', () => {
    // Φ(1.96), Φ(−1) and Φ(−10) to 16 digits, as tabulated for the standard normal.
    expect(relative(normalCdf(1.96), 0.9750021048517795)).toBeLessThan(1e-15);
    expect(relative(normalCdf(-1), 0.15865525393145707)).toBeLessThan(1e-14);
    expect(normalCdf(0)).toBe(0.5);
    // The lower tail keeps relative precision.
    expect(relative(normalCdf(-10), 7.619853024160527e-24)).toBeLessThan(1e-12);
  });

  it('agrees with @stdlib across the line to 1e-12 (relative)', () => {
    for (let x = -37; x <= 9; x += 0.0173) expect(relative(normalCdf(x), stdlibCdf(x, 0, 1))).toBeLessThan(1e-12);
  });

  it('erfc is symmetric: erfc(−x) = 2 − erfc(x), and 0 far out', () => {
    expect(erfc(-1.3)).toBeCloseTo(2 - erfc(1.3), 15);
    expect(erfc(30)).toBe(0);
    expect(Number.isNaN(erfc(Number.NaN))).toBe(true);
  });
});

describe('normalQuantile', () => {
  it('inverts Φ to full precision, in the centre and deep in the tails', () => {
    expect(relative(normalQuantile(0.975), 1.959963984540054)).toBeLessThan(1e-15);
    expect(relative(normalQuantile(0.8), 0.8416212335729143)).toBeLessThan(1e-14);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 15);
    // z with Φ(z) = 1e-10 is −6.361340902404056; @stdlib returns −6.36134088…, whose Φ is 1.00000008e-10.
    expect(relative(normalQuantile(1e-10), -6.361340902404056)).toBeLessThan(1e-14);
    for (const p of [1e-300, 1e-20, 1e-5, 0.3, 0.9, 1 - 1e-12]) expect(relative(normalCdf(normalQuantile(p)), p)).toBeLessThan(1e-12);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isNaN(normalQuantile(1.5))).toBe(true);
  });

  it('agrees with @stdlib where @stdlib is exact (1e-6 to 1 − 1e-6)', () => {
    for (let p = 1e-6; p < 1; p += 0.00937) expect(Math.abs(normalQuantile(p) - stdlibQuantile(p, 0, 1))).toBeLessThan(1e-9);
  });
});

describe('chiSquare1Sf', () => {
  it('is the two-sided normal tail: P(χ²₁ ≥ z²) = 2(1 − Φ(z))', () => {
    // 1.959964² = 3.841459: the 5% critical value of χ²₁.
    expect(chiSquare1Sf(1.959963984540054 ** 2)).toBeCloseTo(0.05, 14);
    expect(chiSquare1Sf(0)).toBe(1);
    expect(chiSquare1Sf(-1)).toBe(1);
    for (const z of [0.1, 1, 2.5, 4]) expect(relative(chiSquare1Sf(z * z), 2 * normalCdf(-z))).toBeLessThan(1e-13);
  });
});
