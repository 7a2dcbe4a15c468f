import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replicas } from './replicas';
import { requestRate } from './traffic';

describe('replicas', () => {
  it('sizes the serving chapter heavy-ranker fleet', () => {
    // 29,000 req/s × 300 items = 8.7M item-scores/s; 250,000 × 0.6 = 150,000 usable; 8.7e6 ÷ 1.5e5 = 58 exactly.
    const r = replicas({ peakQps: 29_000, workPerRequest: 300, throughputPerReplica: 250_000, utilization: 0.6 });
    expect(r.value).toEqual({ load: 8_700_000, capacityPerReplica: 150_000, needed: 58, spares: 0, total: 58 });
  });

  it('does not charge a replica for floating-point noise', () => {
    // 3 × 0.3 = 0.9 usable; 9 ÷ 0.9 = 10 exactly, though binary floating point makes it 10.000000000000002.
    expect(replicas({ peakQps: 9, throughputPerReplica: 3, utilization: 0.3 }).value.needed).toBe(10);
  });

  it('rounds up and adds N+k spares', () => {
    // News feed ANN: 138,888.9 req/s × 3 queries = 416,666.7/s; ÷ 5,000 = 83.3 → 84 (the page's 84); + 2 spares = 86.
    const peak = requestRate({ dailyActiveUsers: 400_000_000, actionsPerUserPerDay: 12, peakFactor: 2.5 }).value.peak;
    const r = replicas({ peakQps: peak, workPerRequest: 3, throughputPerReplica: 5000, utilization: 1, spares: 2 });
    expect(r.value.needed).toBe(84);
    expect(r.value.total).toBe(86);
    expect(r.steps.at(-1)).toMatchObject({ label: 'With N+2 redundancy', expression: '84 + 2 spares', value: 86 });
  });

  it('sizes the ad ranker with the page’s 40% headroom (utilization ≈ 1/1.4)', () => {
    // 1B × 20 ÷ 86,400 × 3 = 694,444.4 auctions/s; × 200 candidates = 138,888,889/s;
    // ÷ (50,000 × 0.714 = 35,700) = 3,890.4 → 3,891 (the page rounds to about 3,900).
    const peak = requestRate({ dailyActiveUsers: 1_000_000_000, actionsPerUserPerDay: 20, peakFactor: 3 }).value.peak;
    expect(replicas({ peakQps: peak, workPerRequest: 200, throughputPerReplica: 50_000, utilization: 0.714 }).value.needed).toBe(3891);
  });

  it('explains bad input', () => {
    const ok = { peakQps: 100, throughputPerReplica: 10, utilization: 0.5 };
    expect(() => replicas({ ...ok, utilization: 1.5 })).toThrow(/Target utilization must be greater than 0 and at most 1 \(got 1\.5\)/);
    expect(() => replicas({ ...ok, utilization: 0 })).toThrow(/Target utilization/);
    expect(() => replicas({ ...ok, throughputPerReplica: 0 })).toThrow('Throughput per replica must be greater than 0, because the load is divided by it (got 0).');
    expect(() => replicas({ ...ok, peakQps: -1 })).toThrow('Peak QPS cannot be negative (got -1).');
    expect(() => replicas({ ...ok, spares: 0.5 })).toThrow('Spare replicas (k) must be a whole number of 0 or more (got 0.5).');
    expect(() => replicas({ ...ok, workPerRequest: 0 })).toThrow(/Work per request must be greater than 0/);
    expect(() => replicas({ ...ok, throughputPerReplica: 1e-320 })).toThrow(/too large/);
  });

  it('replicas × throughput × utilization covers the peak, and one fewer would not', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e8, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.nat({ max: 5 }),
        (peakQps, throughput, utilization, spares) => {
          const r = replicas({ peakQps, throughputPerReplica: throughput, utilization, spares }).value;
          const tolerance = 1e-9 * peakQps;
          expect(r.needed * throughput * utilization).toBeGreaterThanOrEqual(peakQps - tolerance);
          if (r.needed > 0) expect((r.needed - 1) * throughput * utilization).toBeLessThan(peakQps);
          expect(r.total).toBe(r.needed + spares);
        },
      ),
    );
  });
});
