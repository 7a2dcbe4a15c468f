import { describe, expect, it } from 'vitest';
import { InputError } from '../input';
import { storage, storageField, storageKey } from './storage';
import { humanBytes } from './units';

describe('storage', () => {
  it('reproduces the news-feed storage lines', () => {
    const r = storage({
      components: [
        // 250M posts a day × 1,000 B × 365 days = 91.25e12 B = 91.25 TB ("about 91 TB a year").
        { label: 'Items', count: 250_000_000, bytesEach: 1000, days: 365 },
        // 2B users × (256 × 2 B) = 1.024e12 B ("about 1 TB"), one snapshot.
        { label: 'Features', count: 2_000_000_000, bytesEach: 512, days: 1 },
        // 5.85B examples a day × 1,500 B × 30 days = 263.25e12 B ("about 260 TB").
        { label: 'Logs', count: 5_850_000_000, bytesEach: 1500, days: 30 },
      ],
      replication: 3,
    });
    expect(r.value.components.map((c) => c.bytes)).toEqual([91.25e12, 1.024e12, 263.25e12]);
    // 91.25 + 1.024 + 263.25 = 355.524 TB; × 3 = 1,066.572 TB.
    expect(r.value.raw).toBeCloseTo(355.524e12, -3);
    expect(r.value.total).toBeCloseTo(1066.572e12, -3);
    expect(humanBytes(r.value.total).text).toBe('1.067 PB');
    expect(r.steps.find((s) => s.id === 'storage-logs')?.expression).toBe('5,850,000,000 × 1,500 B × 30 days');
  });

  it('allows fractional replication (erasure coding)', () => {
    // 1,000 × 10 B × 1 day = 10,000 B; 6+3 Reed–Solomon stores 1.5× → 15,000 B.
    expect(storage({ components: [{ label: 'Items', count: 1000, bytesEach: 10, days: 1 }], replication: 1.5 }).value.total).toBe(15_000);
  });

  it('rejects bad input with the field it came from', () => {
    const c = { label: 'Logs', count: 10, bytesEach: 100, days: 7 };
    expect(() => storage({ components: [{ ...c, count: 2.5 }], replication: 1 })).toThrow('Logs count must be a whole number of 0 or more (got 2.5).');
    expect(() => storage({ components: [{ ...c, bytesEach: -1 }], replication: 1 })).toThrow('Logs bytes each cannot be negative (got -1).');
    expect(() => storage({ components: [{ ...c, days: Number.POSITIVE_INFINITY }], replication: 1 })).toThrow(/Logs days kept must be a finite number/);
    expect(() => storage({ components: [c], replication: 0.5 })).toThrow('Replication factor must be 1 or more: every byte is stored at least once (got 0.5).');
    expect(() => storage({ components: [], replication: 1 })).toThrow(/at least one/);
    expect(storageField('Items', 'bytesEach')).toBe('Items bytes each');
  });

  it('keys errors by component key and input, and refuses absurd magnitudes by range', () => {
    const c = { key: 'logs', label: 'Logs', count: 10, bytesEach: 100, days: 7 };
    const fieldOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as InputError).field;
      }
      return 'no error';
    };
    expect(fieldOf(() => storage({ components: [{ ...c, bytesEach: -1 }], replication: 1 }))).toBe('logs.bytesEach');
    expect(storageKey('items', 'days')).toBe('items.days');
    expect(() => storage({ components: [{ ...c, count: 1e20 }], replication: 1 })).toThrow(
      'Logs count must be a whole number from 0 to 1,000,000,000,000,000 (got 100000000000000000000).',
    );
    expect(() => storage({ components: [{ ...c, days: 1e6 }], replication: 1 })).toThrow('Logs days kept must be from 0 to 36,500 (got 1000000).');
    expect(fieldOf(() => storage({ components: [c], replication: 50 }))).toBe('replication');
  });
});

describe('humanBytes', () => {
  it('uses decimal units by default and says so', () => {
    expect(humanBytes(102_400_000_000)).toMatchObject({ text: '102.4 GB', system: 'decimal' });
    expect(humanBytes(262_144).text).toBe('262.144 kB');
    expect(humanBytes(999).text).toBe('999 B');
    expect(humanBytes(0).text).toBe('0 B');
    expect(humanBytes(12.8e9).text).toBe('12.8 GB');
    expect(humanBytes(91.25e12).text).toBe('91.25 TB');
  });

  it('moves to the next unit when rounding reaches 1,000', () => {
    // 999,999,999,999.9 B = 999.9999… GB, which rounds to 1,000 GB: show 1 TB.
    expect(humanBytes(999_999_999_999.9).text).toBe('1 TB');
  });

  it('uses binary units only when asked, with the i', () => {
    expect(humanBytes(2 ** 30, 'binary').text).toBe('1 GiB');
    expect(humanBytes(1536, 'binary').text).toBe('1.5 KiB');
    // 262,144 B = 256 × 1,024 = 256 KiB (the serving chapter's codebook size).
    expect(humanBytes(262_144, 'binary').text).toBe('256 KiB');
  });
});
