import { describe, expect, it } from 'vitest';
import { InputError } from '../input';
import { pIs, pText, readTest } from './read-test';

// z uses the pooled SE, the interval the unpooled one; z_0.975 = 1.959964, z_0.95 = 1.644854.
describe('readTest', () => {
  it('reads the default: +8% that is not significant, its interval includes 0', () => {
    // p = 2(1 − Φ(1.8016)) = 0.0716; 0.004 ± 1.959964·0.0022202 = −0.035 to +0.835 points.
    const r = readTest({ users: 20_000, conversions: 1000 }, { users: 20_000, conversions: 1080 }, 0.05, 0.5);
    expect(r.level).toBe('95%');
    expect(r.interval).toBe('−0.04 to +0.84 points');
    expect(r.verdict).toBe(
      'Treatment converts 8% better than control (5.4% vs 5%), but the difference is not significant at α = 0.05 (p = 0.0716): the 95% interval −0.04 to +0.84 points includes 0.',
    );
    expect(r.split).toBe('50% / 50%');
    expect(r.srmP).toBe('p = 1');
    expect(r.smallCounts).toBeUndefined();
  });

  it("reads the metrics chapter's worked example as significant", () => {
    const r = readTest({ users: 190_000, conversions: 9500 }, { users: 190_500, conversions: 9906 }, 0.05, 0.5);
    expect(r.verdict).toBe(
      'Treatment converts 4% better than control (5.2% vs 5%); the difference is statistically significant at α = 0.05 (p = 0.005), and the 95% interval +0.06 to +0.34 points excludes 0.',
    );
    // 190,000 vs 190,500 expects 190,250 each: χ² = 2·250² / 190,250 = 0.657, p = 0.4176.
    expect(r.srm.chiSquare).toBeCloseTo(0.65703, 5);
    expect(r.srmP).toBe('p = 0.4176');
  });

  it('warns when an arm has too few conversions for the normal approximation, naming Fisher’s exact test', () => {
    const r = readTest({ users: 1000, conversions: 40 }, { users: 1000, conversions: 0 }, 0.05, 0.5);
    expect(r.smallCounts).toBe(
      "The treatment arm has only 0 conversions: with fewer than 5 in an arm the normal approximation behind z, the p-value and the interval is unreliable. Use Fisher's exact test on the four counts instead, or collect more data.",
    );
    expect(readTest({ users: 100, conversions: 97 }, { users: 100, conversions: 90 }, 0.05, 0.5).smallCounts).toMatch(
      /^The control arm has only 3 users who did not convert/,
    );
  });

  it('refuses a split share outside (0, 1) before testing', () => {
    try {
      readTest({ users: 10, conversions: 1 }, { users: 10, conversions: 20 }, 0.05, 1);
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).field).toBe('share');
      expect((e as InputError).message).toBe('The intended treatment share must be strictly between 0 and 1 (got 1); 0.5 means a 50/50 split.');
    }
  });

  it('shows tiny p-values as a bound', () => {
    expect(pText(0.07164)).toBe('0.0716');
    expect(pText(1.2e-5)).toBe('< 0.0001');
    expect(pIs(3.8e-10)).toBe('p < 0.0001');
  });
});
