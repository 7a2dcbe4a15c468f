import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../input';
import { requestRate } from './traffic';

describe('requestRate', () => {
  it('reproduces the news-feed sizing', () => {
    // 400M DAU × 12 requests = 4.8B a day; 4.8e9 ÷ 86,400 = 55,555.56/s; × 2.5 = 138,888.89/s.
    const r = requestRate({ dailyActiveUsers: 400_000_000, actionsPerUserPerDay: 12, peakFactor: 2.5 });
    expect(r.value.perDay).toBe(4_800_000_000);
    expect(r.value.average).toBeCloseTo(55_555.5556, 3);
    expect(r.value.peak).toBeCloseTo(138_888.8889, 3);
    expect(r.steps.map((s) => s.expression)).toEqual([
      '400,000,000 users × 12 requests',
      '4,800,000,000 ÷ 86,400 s',
      '55,555.6 /s × 2.5 (peak factor)',
    ]);
  });

  it('gives round numbers when the day divides evenly', () => {
    // 864,000 users × 10 = 8.64M a day = exactly 100/s; × 3 = 300/s.
    const r = requestRate({ dailyActiveUsers: 864_000, actionsPerUserPerDay: 10, peakFactor: 3 });
    expect(r.value.average).toBe(100);
    expect(r.value.peak).toBe(300);
  });

  it('accepts fractional requests per user', () => {
    // 172,800 users × 0.5 = 86,400 a day = 1/s.
    expect(requestRate({ dailyActiveUsers: 172_800, actionsPerUserPerDay: 0.5, peakFactor: 1 }).value.average).toBe(1);
  });

  it('rejects input that makes no sense, naming the field', () => {
    const ok = { dailyActiveUsers: 1000, actionsPerUserPerDay: 5, peakFactor: 2 };
    const fieldOf = (input: typeof ok) => {
      try {
        requestRate(input);
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        return (e as InputError).field;
      }
      return 'no error';
    };
    expect(fieldOf({ ...ok, dailyActiveUsers: 1.5 })).toBe('dailyActiveUsers');
    expect(fieldOf({ ...ok, dailyActiveUsers: -1 })).toBe('dailyActiveUsers');
    expect(fieldOf({ ...ok, actionsPerUserPerDay: -2 })).toBe('actionsPerUserPerDay');
    expect(fieldOf({ ...ok, actionsPerUserPerDay: Number.NaN })).toBe('actionsPerUserPerDay');
    expect(fieldOf({ ...ok, peakFactor: 0.5 })).toBe('peakFactor');
    expect(() => requestRate({ ...ok, peakFactor: 0.5 })).toThrow('Peak factor must be 1 or more: the peak rate cannot be below the average (got 0.5).');
    // Absurd magnitudes are refused by the documented range, naming it, before any arithmetic.
    expect(() => requestRate({ ...ok, dailyActiveUsers: 1e30 })).toThrow(
      'Daily active users must be a whole number from 0 to 10,000,000,000 (got 1e+30).',
    );
    expect(() => requestRate({ ...ok, actionsPerUserPerDay: 1e300 })).toThrow('Requests per user per day must be from 0 to 100,000 (got 1e+300).');
    expect(() => requestRate({ ...ok, peakFactor: 1000 })).toThrow('Peak factor must be from 1 to 100 (got 1000).');
  });

  it('peak ≥ average and average × 86,400 = requests a day', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2_000_000_000 }), fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 1, max: 10, noNaN: true }), (dau, actions, peak) => {
        const r = requestRate({ dailyActiveUsers: dau, actionsPerUserPerDay: actions, peakFactor: peak });
        expect(r.value.peak).toBeGreaterThanOrEqual(r.value.average);
        expect(r.value.average * 86_400).toBeCloseTo(r.value.perDay, 0);
      }),
    );
  });
});
