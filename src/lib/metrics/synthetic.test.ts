import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { averagePrecision, rocAuc } from './curves';
import { InputError } from '../input';
import { mulberry32, nextSeed, normalSampler, syntheticSample } from './synthetic';

// Reference values come from an independent Python re-implementation of mulberry32,
// Box–Muller (glibc's log/cos/sin) and the documented draw order, with ROC-AUC counted as
// Mann–Whitney pairs and AP as the mean precision at each positive's threshold.

describe('mulberry32', () => {
  it('matches an independent implementation', () => {
    const u = mulberry32(1);
    expect([u(), u(), u(), u(), u()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522, 0.9810509674716741, 0.9683778982143849]);
    const v = mulberry32(42);
    expect([v(), v(), v(), v()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099, 0.6697340414393693]);
    const top = mulberry32(4294967295);
    expect([top(), top(), top()]).toEqual([0.8964226141106337, 0.189478256739676, 0.7156526781618595]);
  });

  it('stays in [0, 1) and is reproducible', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const a = mulberry32(seed);
        const b = mulberry32(seed);
        for (let i = 0; i < 20; i++) {
          const x = a();
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
          expect(b()).toBe(x);
        }
      }),
    );
  });
});

describe('Box–Muller normals', () => {
  it('have mean 0 and variance 1', () => {
    // 20,000 draws: the mean's standard error is 1/√20000 = 0.0071, so ±0.03 is over 4 SE;
    // the variance's is √(2/20000) = 0.01, so ±0.04 is 4 SE.
    const z = normalSampler(mulberry32(2024));
    const xs = Array.from({ length: 20_000 }, () => z());
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.04);
    // Share below 1.0 ≈ Φ(1) = 0.8413 (standard error 0.0026).
    expect(Math.abs(xs.filter((x) => x < 1).length / xs.length - 0.8413447)).toBeLessThan(0.011);
  });

  it('never returns a non-finite value, even for a uniform of 0', () => {
    const zeros = normalSampler(() => 0);
    expect(Number.isFinite(zeros())).toBe(true);
  });
});

describe('syntheticSample', () => {
  it('matches an independent implementation item by item', () => {
    expect(syntheticSample({ separation: 1.5, prevalence: 0.1, size: 10, seed: 1 })).toEqual({
      labels: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0],
      scores: [-3.117, 0.9, 0.744, 0.888, 0.016, 1.017, -0.578, 0.039, 1.205, 0.23],
    });
    expect(syntheticSample({ separation: 0, prevalence: 0.5, size: 8, seed: 123 })).toEqual({
      labels: [1, 1, 0, 0, 0, 1, 1, 0],
      scores: [0.492, -2.247, -0.772, -0.676, 1.154, 2.834, -0.124, -0.079],
    });
  });

  it('reproduces the calculator default (d′ 1.5, prevalence 0.1, n 500, seed 1)', () => {
    const { labels, scores } = syntheticSample({ separation: 1.5, prevalence: 0.1, size: 500, seed: 1 });
    expect(labels.filter((y) => y === 1)).toHaveLength(50);
    expect(new Set(scores).size).toBe(468);
    expect(rocAuc(labels, scores)).toBeCloseTo(0.8296444444444444, 12);
    expect(averagePrecision(labels, scores)).toBeCloseTo(0.43816457269428855, 12);
  });

  it('has exactly round(n·prevalence) positives, scores on a 0.001 grid, and is deterministic', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 300 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: -4, max: 4, noNaN: true }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (size, prevalence, separation, seed) => {
          const positives = Math.round(size * prevalence);
          fc.pre(positives > 0 && positives < size);
          const spec = { size, prevalence, separation, seed };
          const sample = syntheticSample(spec);
          expect(sample.labels.filter((y) => y === 1)).toHaveLength(positives);
          expect(sample.scores).toHaveLength(size);
          for (const s of sample.scores) expect(Math.abs(s * 1000 - Math.round(s * 1000))).toBeLessThan(1e-6);
          expect(syntheticSample(spec)).toEqual(sample);
        },
      ),
    );
  });

  it('has the binormal ROC-AUC Φ(d′/√2) in a large sample', () => {
    // d′ = 1: Φ(0.7071) = 0.7602; with 2,000 positives and 18,000 negatives the AUC's
    // standard error is about 0.006, so ±0.02 is over 3 SE.
    const { labels, scores } = syntheticSample({ separation: 1, prevalence: 0.1, size: 20_000, seed: 7 });
    expect(Math.abs(rocAuc(labels, scores) - normalCdf(1 / Math.SQRT2, 0, 1))).toBeLessThan(0.02);
  });

  it.each([
    [{ separation: 1, prevalence: 0, size: 100, seed: 1 }, /strictly between 0 and 1/],
    [{ separation: 1, prevalence: 0.1, size: 1, seed: 1 }, /from 2 to 20,000/],
    [{ separation: 1, prevalence: 0.1, size: 2.5, seed: 1 }, /whole number/],
    [{ separation: 11, prevalence: 0.1, size: 100, seed: 1 }, /between −10 and 10/],
    [{ separation: 1, prevalence: 0.1, size: 100, seed: -1 }, /Seed must be/],
    [{ separation: 1, prevalence: 0.001, size: 100, seed: 1 }, /gives no positives/],
    [{ separation: 1, prevalence: 0.999, size: 100, seed: 1 }, /gives no negatives/],
  ])('rejects %o', (spec, message) => {
    expect(() => syntheticSample(spec)).toThrow(InputError);
    expect(() => syntheticSample(spec)).toThrow(message);
  });
});

describe('nextSeed', () => {
  it('counts up, restarts non-numbers at 1 and wraps at 2³²', () => {
    expect(nextSeed('1')).toBe('2');
    expect(nextSeed('abc')).toBe('1');
    expect(nextSeed('4294967295')).toBe('0');
  });
});
