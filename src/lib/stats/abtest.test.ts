import { describe, expect, it } from 'vitest';
import { inputError } from '../input-error.testing';
import fc from 'fast-check';
import { sampleRatioMismatch, sampleSizePerVariant, testDurationDays, twoProportionZTest } from './abtest';

// Standard normal quantiles used in the worked examples below (tables, 6 d.p.):
// z_0.975 = 1.959964, z_0.95 = 1.644854, z_0.9 = 1.281552, z_0.8 = 0.841621.


describe('sampleSizePerVariant', () => {
  it('10% baseline, +10% relative, α 0.05 two-sided, power 0.8 → 14,751 per variant', () => {
    // p₁ = 0.10, p₂ = 0.10 · 1.1 = 0.11, p̄ = 0.105.
    // √(2 · 0.105 · 0.895) = √0.18795 = 0.433532;  √(0.10·0.90 + 0.11·0.89) = √(0.09 + 0.0979) = √0.1879 = 0.433474.
    // 1.959964 · 0.433532 = 0.849707;  0.841621 · 0.433474 = 0.364821;  sum = 1.214528.
    // n = 1.214528² / 0.01² = 1.475079 / 0.0001 = 14,750.79 → 14,751 users per variant.
    // (The brief that asked for this example quoted 14,749; the arithmetic above gives 14,750.79.)
    expect(sampleSizePerVariant({ baselineRate: 0.1, minDetectableEffect: 0.1 })).toBe(14_751);
  });

  it("matches R's documented power.prop.test(p1 = .50, p2 = .75, power = .90) → n = 76.7", () => {
    // p̄ = 0.625: √(2 · 0.625 · 0.375) = √0.46875 = 0.684653;  √(0.25 + 0.1875) = √0.4375 = 0.661438.
    // (1.959964 · 0.684653 + 1.281552 · 0.661438)² / 0.25² = (1.341896 + 0.847667)² / 0.0625 = 4.794183 / 0.0625 = 76.707 → 77.
    expect(sampleSizePerVariant({ baselineRate: 0.5, minDetectableEffect: 0.25, relative: false, power: 0.9 })).toBe(77);
  });

  it('the planner default: 5% baseline, +2% relative → 752,703 per variant', () => {
    // p₂ = 0.051, p̄ = 0.0505: √(2 · 0.0505 · 0.9495) = √0.0958995 = 0.3096764;
    // √(0.05·0.95 + 0.051·0.949) = √(0.0475 + 0.048399) = √0.095899 = 0.3096756.
    // 1.959964 · 0.3096764 + 0.841621 · 0.3096756 = 0.6069547 + 0.2606295 = 0.8675842;
    // 0.8675842² / 0.001² = 752,702.3 with 6-d.p. quantiles (752,702.46 with exact ones) → 752,703.
    expect(sampleSizePerVariant({ baselineRate: 0.05, minDetectableEffect: 0.02 })).toBe(752_703);
    // The same effect given in absolute terms: 0.05 + 0.001 = 0.051.
    expect(sampleSizePerVariant({ baselineRate: 0.05, minDetectableEffect: 0.001, relative: false })).toBe(752_703);
  });

  it('a one-sided test uses z_{1−α}', () => {
    // (1.644854 · 0.3096764 + 0.841621 · 0.3096756)² / 0.001² = 0.7700021² · 10⁶ = 592,903.2 (592,903.10 exact) → 592,904.
    expect(sampleSizePerVariant({ baselineRate: 0.05, minDetectableEffect: 0.02, sides: 1 })).toBe(592_904);
  });

  it('a decrease needs the same sample as the mirrored increase', () => {
    // 0.11 → 0.10 uses the same p̄ and variance terms as 0.10 → 0.11.
    expect(sampleSizePerVariant({ baselineRate: 0.11, minDetectableEffect: -0.01, relative: false })).toBe(14_751);
  });

  it('explains impossible inputs', () => {
    const cases: [Parameters<typeof sampleSizePerVariant>[0], string, RegExp][] = [
      [{ baselineRate: 0, minDetectableEffect: 0.1 }, 'baselineRate', /baseline rate .* strictly between 0 and 1 \(got 0\)/],
      [{ baselineRate: 1.5, minDetectableEffect: 0.1 }, 'baselineRate', /got 1\.5/],
      [{ baselineRate: 0.1, minDetectableEffect: 0 }, 'minDetectableEffect', /minimum detectable effect is 0/],
      [{ baselineRate: 0.6, minDetectableEffect: 0.8 }, 'minDetectableEffect', /0\.6 × \(1 \+ 0\.8\) = 1\.08, is not strictly between 0 and 1/],
      [{ baselineRate: 0.6, minDetectableEffect: 0.4, relative: false }, 'minDetectableEffect', /0\.6 \+ 0\.4 = 1,/],
      [{ baselineRate: 0.1, minDetectableEffect: -1 }, 'minDetectableEffect', /= 0, is not strictly/],
      [{ baselineRate: 0.1, minDetectableEffect: 0.1, alpha: 0 }, 'alpha', /α .* strictly between 0 and 1/],
      [{ baselineRate: 0.1, minDetectableEffect: 0.1, power: 1 }, 'power', /Power .* strictly between 0 and 1 \(got 1\)/],
      [{ baselineRate: Number.NaN, minDetectableEffect: 0.1 }, 'baselineRate', /finite number/],
      // δ = 1e-200 squares to 0 in floating point: n would be Infinity.
      [{ baselineRate: 0.5, minDetectableEffect: 1e-200, relative: false }, 'minDetectableEffect', /no feasible test/],
    ];
    for (const [input, field, message] of cases) {
      const e = inputError(() => sampleSizePerVariant(input));
      expect(e.field).toBe(field);
      expect(e.message).toMatch(message);
    }
    const sides = inputError(() => sampleSizePerVariant({ baselineRate: 0.1, minDetectableEffect: 0.1, sides: 3 as 1 }));
    expect(sides.field).toBe('sides');
  });

  it('property: needs fewer users as the effect grows, more as power grows', () => {
    const baseline = fc.double({ min: 0.01, max: 0.5, noNaN: true });
    const mde = fc.double({ min: 0.01, max: 0.5, noNaN: true });
    const power = fc.double({ min: 0.5, max: 0.99, noNaN: true });
    fc.assert(
      fc.property(baseline, mde, mde, (p, m1, m2) => {
        const [small, large] = m1 < m2 ? [m1, m2] : [m2, m1];
        expect(sampleSizePerVariant({ baselineRate: p, minDetectableEffect: small })).toBeGreaterThanOrEqual(
          sampleSizePerVariant({ baselineRate: p, minDetectableEffect: large }),
        );
      }),
    );
    fc.assert(
      fc.property(baseline, mde, power, power, (p, m, w1, w2) => {
        const [low, high] = w1 < w2 ? [w1, w2] : [w2, w1];
        expect(sampleSizePerVariant({ baselineRate: p, minDetectableEffect: m, power: low })).toBeLessThanOrEqual(
          sampleSizePerVariant({ baselineRate: p, minDetectableEffect: m, power: high }),
        );
      }),
    );
  });

  it('property: always a whole number of at least 1, for any power above α', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.9, noNaN: true }), fc.double({ min: 0.001, max: 0.1, noNaN: true }), fc.double({ min: 0.051, max: 0.99, noNaN: true }), (p, m, w) => {
        const n = sampleSizePerVariant({ baselineRate: p, minDetectableEffect: m, power: w });
        expect(Number.isInteger(n)).toBe(true);
        expect(n).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe('planning limits', () => {
  it('refuses a power at or below α instead of planning a test of one user', () => {
    const e = inputError(() => sampleSizePerVariant({ baselineRate: 0.05, minDetectableEffect: 0.02, alpha: 0.05, power: 0.03 }));
    expect(e.field).toBe('power');
    expect(e.message).toBe(
      'Power (0.03) must be greater than α (0.05): a test rejects with probability α even when there is no effect, so less power than that detects nothing.',
    );
    expect(inputError(() => sampleSizePerVariant({ baselineRate: 0.05, minDetectableEffect: 0.02, alpha: 0.1, power: 0.1 })).field).toBe('power');
  });

  it('refuses fractional daily traffic, absurd traffic and too many variants', () => {
    const plan = { perVariant: 1000, variants: 2, trafficShare: 1 };
    expect(inputError(() => testDurationDays({ ...plan, dailyUsers: 1000.5 })).message).toBe('Daily eligible users must be a whole number of users (got 1000.5).');
    expect(inputError(() => testDurationDays({ ...plan, dailyUsers: 1e30 })).message).toBe(
      'Daily eligible users must be a whole number from 0 to 10,000,000,000 (got 1e+30).',
    );
    expect(inputError(() => testDurationDays({ ...plan, variants: 50, dailyUsers: 1000 })).message).toBe(
      'The number of variants must be a whole number from 2 to 20 (got 50).',
    );
  });
});

describe('testDurationDays', () => {
  it('rounds whole days up', () => {
    // 752,703 · 2 = 1,505,406 users at 1,000,000 · 0.5 = 500,000 a day → 3.01 → 4 days.
    expect(testDurationDays({ perVariant: 752_703, variants: 2, dailyUsers: 1_000_000, trafficShare: 0.5 })).toBe(4);
    // 1,000 · 3 / (700 · 0.5) = 3,000 / 350 = 8.57 → 9 days.
    expect(testDurationDays({ perVariant: 1000, variants: 3, dailyUsers: 700, trafficShare: 0.5 })).toBe(9);
    // Exactly 2 days stays 2; trafficShare defaults to 1.
    expect(testDurationDays({ perVariant: 1000, variants: 2, dailyUsers: 1000 })).toBe(2);
  });

  it('explains impossible inputs', () => {
    const base = { perVariant: 1000, variants: 2, dailyUsers: 1000, trafficShare: 0.5 };
    const cases: [Partial<typeof base>, string, RegExp][] = [
      [{ dailyUsers: 0 }, 'dailyUsers', /more than 0 \(got 0\)/],
      [{ dailyUsers: -5 }, 'dailyUsers', /more than 0/],
      [{ trafficShare: 0 }, 'trafficShare', /more than 0 and at most 1 \(got 0\)/],
      [{ trafficShare: 1.2 }, 'trafficShare', /at most 1 \(got 1\.2\)/],
      [{ variants: 1 }, 'variants', /at least 2/],
      [{ variants: 2.5 }, 'variants', /whole number of variants/],
      [{ perVariant: 0 }, 'perVariant', /whole number of 1 or more/],
      [{ perVariant: 10.5 }, 'perVariant', /got 10\.5/],
    ];
    for (const [change, field, message] of cases) {
      const e = inputError(() => testDurationDays({ ...base, ...change }));
      expect(e.field).toBe(field);
      expect(e.message).toMatch(message);
    }
  });
});

describe('twoProportionZTest', () => {
  it('100/1,000 vs 130/1,000, worked by hand', () => {
    // p_a = 0.10, p_b = 0.13, diff = 0.03, relative lift = 0.03 / 0.10 = 0.3.
    // Pooled p = 230 / 2,000 = 0.115; SE = √(0.115 · 0.885 · (1/1000 + 1/1000)) = √0.00020355 = 0.0142671.
    // z = 0.03 / 0.0142671 = 2.10274;  p = 2(1 − Φ(2.10274)) = 2 · 0.017744 = 0.035488.
    // Wald SE = √(0.09/1000 + 0.1131/1000) = √0.0002031 = 0.0142513; half-width = 1.959964 · 0.0142513 = 0.027932;
    // 95% CI = 0.03 ± 0.027932 = [0.002068, 0.057932].
    const r = twoProportionZTest({ conversions: 100, users: 1000 }, { conversions: 130, users: 1000 });
    expect(r.diff).toBeCloseTo(0.03, 12);
    expect(r.relativeLift).toBeCloseTo(0.3, 12);
    expect(r.z).toBeCloseTo(2.10274, 5);
    expect(r.pValue).toBeCloseTo(0.035488, 6);
    expect(r.ciLow).toBeCloseTo(0.002068, 6);
    expect(r.ciHigh).toBeCloseTo(0.057932, 6);
    expect(r.significant).toBe(true);
  });

  it('z² equals the Pearson chi-square of the 2×2 table', () => {
    // Table [[100, 900], [130, 870]]: column totals 230 and 1,770, so each row expects 115 and 885.
    // χ² = 2 · (15²/115 + 15²/885) = 450 · (0.0086957 + 0.0011299) = 4.42152 = 2.10274².
    const chi = 2 * ((15 * 15) / 115 + (15 * 15) / 885);
    const r = twoProportionZTest({ conversions: 100, users: 1000 }, { conversions: 130, users: 1000 });
    expect(r.z * r.z).toBeCloseTo(chi, 10);
  });

  it('the significance-checker default is not significant', () => {
    // 1,000/20,000 = 5.0% vs 1,080/20,000 = 5.4%: diff 0.004, lift 8%.
    // Pooled p = 2,080/40,000 = 0.052; SE = √(0.052 · 0.948 / 10,000) = √(4.9296e-6) = 0.0022203; z = 1.80158.
    // p = 2(1 − Φ(1.80158)) = 0.071611 > 0.05.
    // Wald SE = √((0.0475 + 0.051084) / 20,000) = √(4.9292e-6) = 0.0022202; 1.959964 · 0.0022202 = 0.0043515;
    // CI = [−0.000351, 0.008351], which includes 0.
    const r = twoProportionZTest({ conversions: 1000, users: 20_000 }, { conversions: 1080, users: 20_000 });
    expect(r.relativeLift).toBeCloseTo(0.08, 12);
    expect(r.z).toBeCloseTo(1.80158, 5);
    expect(r.pValue).toBeCloseTo(0.071611, 6);
    expect(r.ciLow).toBeCloseTo(-0.000351, 6);
    expect(r.ciHigh).toBeCloseTo(0.008351, 6);
    expect(r.significant).toBe(false);
    // At α = 0.1 the same data is significant, and the 90% interval is 0.004 ± 1.644854 · 0.0022202 = [0.000348, 0.007652].
    const loose = twoProportionZTest({ conversions: 1000, users: 20_000 }, { conversions: 1080, users: 20_000 }, 0.1);
    expect(loose.significant).toBe(true);
    expect(loose.ciLow).toBeCloseTo(0.000348, 6);
    expect(loose.ciHigh).toBeCloseTo(0.007652, 6);
  });

  it('identical arms: z = 0, p = 1', () => {
    const r = twoProportionZTest({ conversions: 50, users: 1000 }, { conversions: 50, users: 1000 });
    expect(r.z).toBe(0);
    expect(r.pValue).toBe(1);
    expect(r.significant).toBe(false);
  });

  it('explains impossible inputs', () => {
    const ok = { conversions: 10, users: 100 };
    const cases: [() => unknown, string, RegExp][] = [
      [() => twoProportionZTest({ conversions: 120, users: 100 }, ok), 'a.conversions', /Arm A has more conversions \(120\) than users \(100\)/],
      [() => twoProportionZTest(ok, { conversions: 101, users: 100 }), 'b.conversions', /Arm B has more conversions/],
      [() => twoProportionZTest({ conversions: 0, users: 0 }, ok), 'a.users', /Arm A has 0 users/],
      [() => twoProportionZTest(ok, { conversions: 1, users: -4 }), 'b.users', /Arm B users must be a whole number of 0 or more \(got -4\)/],
      [() => twoProportionZTest(ok, { conversions: 1.5, users: 100 }), 'b.conversions', /Arm B conversions must be a whole number/],
      [() => twoProportionZTest(ok, { conversions: 5, users: 100.2 }), 'b.users', /got 100\.2/],
      [() => twoProportionZTest({ conversions: 0, users: 100 }, ok), 'a.conversions', /Arm A has 0 conversions/],
      [() => twoProportionZTest({ conversions: 100, users: 100 }, { conversions: 50, users: 50 }), 'b.conversions', /Every user in both arms converted/],
      [() => twoProportionZTest(ok, ok, 1), 'alpha', /strictly between 0 and 1 \(got 1\)/],
      [() => twoProportionZTest(ok, ok, 0), 'alpha', /got 0/],
      [() => twoProportionZTest(ok, ok, 0.7), 'alpha', /α \(the false-positive rate, e\.g\. 0\.05\) must be greater than 0 and at most 0\.5 \(got 0\.7\)/],
      [() => twoProportionZTest({ conversions: 1, users: 1e11 }, ok), 'a.users', /Arm A users must be a whole number from 0 to 10,000,000,000 \(got 100000000000\)/],
    ];
    for (const [fn, field, message] of cases) {
      const e = inputError(fn);
      expect(e.field).toBe(field);
      expect(e.message).toMatch(message);
    }
  });

  const arm = fc.integer({ min: 1, max: 1_000_000 }).chain((users) => fc.record({ users: fc.constant(users), conversions: fc.integer({ min: 1, max: users }) }));

  it('property: swapping the arms flips the sign and keeps the p-value', () => {
    fc.assert(
      fc.property(arm, arm, (a, b) => {
        fc.pre(a.conversions + b.conversions < a.users + b.users);
        const ab = twoProportionZTest(a, b);
        const ba = twoProportionZTest(b, a);
        expect(ba.z).toBeCloseTo(-ab.z, 9);
        expect(ba.diff).toBeCloseTo(-ab.diff, 12);
        expect(ba.pValue).toBeCloseTo(ab.pValue, 12);
        expect(ba.ciLow).toBeCloseTo(-ab.ciHigh, 12);
        expect(ba.ciHigh).toBeCloseTo(-ab.ciLow, 12);
        expect(ba.significant).toBe(ab.significant);
      }),
    );
  });

  it('property: finite results, p in [0, 1], the interval holds the difference', () => {
    fc.assert(
      fc.property(arm, arm, fc.double({ min: 0.001, max: 0.5, noNaN: true }), (a, b, alpha) => {
        fc.pre(a.conversions + b.conversions < a.users + b.users);
        const r = twoProportionZTest(a, b, alpha);
        for (const v of Object.values(r)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
        expect(r.pValue).toBeGreaterThanOrEqual(0);
        expect(r.pValue).toBeLessThanOrEqual(1);
        expect(r.ciLow).toBeLessThanOrEqual(r.diff);
        expect(r.ciHigh).toBeGreaterThanOrEqual(r.diff);
        expect(r.significant).toBe(r.pValue < alpha);
      }),
    );
  });
});

describe('sampleRatioMismatch', () => {
  it('50,000 vs 51,000 at 50/50 is within chance at the 0.001 level', () => {
    // Total 101,000, expected 50,500 each: χ² = 500²/50,500 + 500²/50,500 = 500,000/50,500 = 9.900990.
    // With df = 1, p = 2(1 − Φ(√9.900990)) = 2(1 − Φ(3.146583)) = 0.0016519 > 0.001.
    const r = sampleRatioMismatch([50_000, 51_000], [0.5, 0.5]);
    expect(r.chiSquare).toBeCloseTo(500_000 / 50_500, 10);
    expect(r.pValue).toBeCloseTo(0.0016519, 7);
    expect(r.mismatch).toBe(false);
  });

  it('50,000 vs 52,000 at 50/50 is a mismatch', () => {
    // Expected 51,000 each: χ² = 2 · 1,000² / 51,000 = 39.215686; p = 2(1 − Φ(6.262243)) = 3.79e-10 < 0.001.
    const r = sampleRatioMismatch([50_000, 52_000], [0.5, 0.5]);
    expect(r.chiSquare).toBeCloseTo(2_000_000 / 51_000, 10);
    expect(r.pValue).toBeGreaterThan(3.7e-10);
    expect(r.pValue).toBeLessThan(3.9e-10);
    expect(r.mismatch).toBe(true);
  });

  it('uneven intended split, 90/10', () => {
    // 9,000 and 1,200 of 10,200 against 9,180 and 1,020: χ² = 180²/9,180 + 180²/1,020 = 3.529412 + 31.764706 = 35.294118.
    const r = sampleRatioMismatch([9000, 1200], [0.9, 0.1]);
    expect(r.chiSquare).toBeCloseTo(35.294118, 6);
    expect(r.mismatch).toBe(true);
  });

  it('far in the tail the p-value keeps its relative precision', () => {
    // 50,000 vs 52,000 at 50/50: χ² = 2·1,000² / 51,000 = 39.2157; 1 − F(χ²; 1) = 3.794792e-10 by @stdlib's
    // chi-square CDF (the implementation this replaced), and far below, where 1 − F rounds to 0, p stays positive.
    const r = sampleRatioMismatch([50_000, 52_000], [0.5, 0.5]);
    // (1 − F itself carries a relative rounding error of about 1e-16 / 3.8e-10 ≈ 3e-7.)
    expect(r.pValue / 3.794792258e-10).toBeCloseTo(1, 5);
    // 100,000 vs 110,000: χ² = 476.19, p ≈ 1.4e-105, still positive and finite.
    const far = sampleRatioMismatch([100_000, 110_000], [0.5, 0.5]);
    expect(far.pValue).toBeGreaterThan(0);
    expect(far.pValue).toBeLessThan(1e-100);
  });

  it('property: counts exactly in proportion give χ² = 0 and p = 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 9 }), (unit, k) => {
        const r = sampleRatioMismatch([unit * k, unit * (10 - k)], [k / 10, (10 - k) / 10]);
        expect(r.chiSquare).toBeCloseTo(0, 6);
        expect(r.pValue).toBeCloseTo(1, 6);
        expect(r.mismatch).toBe(false);
      }),
    );
  });

  it('property: df = 1 p-value equals the two-sided normal tail 2(1 − Φ(√χ²))', () => {
    // Φ from the error function series is independent of the chi-square CDF under test.
    const erf = (x: number) => {
      // Maclaurin series of erf, accurate to ~1e-13 for the |x| ≤ 3/√2 used here.
      let term = x;
      let sum = x;
      for (let n = 1; n < 200; n++) {
        term *= (-x * x) / n;
        sum += term / (2 * n + 1);
      }
      return (2 / Math.sqrt(Math.PI)) * sum;
    };
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2000 }), fc.integer({ min: 1000, max: 2000 }), (a, b) => {
        const r = sampleRatioMismatch([a, b], [0.5, 0.5]);
        const x = Math.sqrt(r.chiSquare);
        fc.pre(x <= 3);
        expect(r.pValue).toBeCloseTo(1 - erf(x / Math.SQRT2), 9);
      }),
    );
  });

  it('explains impossible inputs', () => {
    const cases: [() => unknown, string, RegExp][] = [
      [() => sampleRatioMismatch([], []), 'observed', /empty/],
      [() => sampleRatioMismatch([10], []), 'expectedShares', /empty/],
      [() => sampleRatioMismatch([10, 20], [1]), 'expectedShares', /2 observed counts but 1 expected shares/],
      [() => sampleRatioMismatch([10], [1]), 'observed', /at least two groups/],
      [() => sampleRatioMismatch([1000, 1100, 900], [1 / 3, 1 / 3, 1 / 3]), 'observed', /compares two groups, control and treatment \(got 3\)/],
      [() => sampleRatioMismatch([10, -1], [0.5, 0.5]), 'observed', /Observed count 2 must be a whole number of 0 or more \(got -1\)/],
      [() => sampleRatioMismatch([10, 2.5], [0.5, 0.5]), 'observed', /whole number/],
      [() => sampleRatioMismatch([10, 20], [0, 1]), 'expectedShares', /Expected share 1 is 0: every share must be more than 0/],
      [() => sampleRatioMismatch([10, 20], [0.5, 0.6]), 'expectedShares', /add up to 1\.1, not 1/],
      [() => sampleRatioMismatch([0, 0], [0.5, 0.5]), 'observed', /Every observed count is 0/],
    ];
    for (const [fn, field, message] of cases) {
      const e = inputError(fn);
      expect(e.field).toBe(field);
      expect(e.message).toMatch(message);
    }
    // Shares that sum to 1 only up to rounding are accepted.
    expect(sampleRatioMismatch([30, 70], [0.1 + 0.2, 0.7]).chiSquare).toBeCloseTo(0, 12);
  });
});
