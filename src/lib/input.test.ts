import { describe, expect, it } from 'vitest';
import { checkRange, describeRange, formatBound, InputError, inRange, shorten } from './input';

describe('describeRange', () => {
  it('names both ends, whether they are included, and whole numbers', () => {
    expect(describeRange({ min: 0, max: 1e10, integer: true })).toBe('a whole number from 0 to 10,000,000,000');
    expect(describeRange({ min: 0, max: 1, minExclusive: true, maxExclusive: true })).toBe('strictly between 0 and 1');
    expect(describeRange({ min: 0, max: 0.5, minExclusive: true })).toBe('greater than 0 and at most 0.5');
    expect(describeRange({ min: 1, max: 2, maxExclusive: true })).toBe('at least 1 and less than 2');
    expect(describeRange({ min: 0, max: 3_600_000, unit: 'ms' })).toBe('from 0 to 3,600,000 ms');
    expect(formatBound(-10)).toBe('-10');
  });
});

describe('inRange and checkRange', () => {
  const rate = { min: 0, max: 1, minExclusive: true, maxExclusive: true };
  it('keeps the bounds it includes and refuses the ones it excludes', () => {
    expect(inRange(0.5, rate)).toBe(true);
    expect(inRange(0, rate)).toBe(false);
    expect(inRange(1, rate)).toBe(false);
    expect(inRange(0, { min: 0, max: 1 })).toBe(true);
    expect(inRange(1, { min: 0, max: 1 })).toBe(true);
    expect(inRange(2.5, { min: 0, max: 10, integer: true })).toBe(false);
    expect(inRange(Number.NaN, { min: 0, max: 10 })).toBe(false);
    expect(inRange(Number.POSITIVE_INFINITY, { min: 0, max: Number.POSITIVE_INFINITY })).toBe(false);
  });

  it('throws an InputError for the field, with a message naming the range', () => {
    expect(checkRange(3, { min: 0, max: 5 }, 'k', 'k')).toBe(3);
    try {
      checkRange(1e30, { min: 0, max: 1e10, integer: true }, 'dailyActiveUsers', 'Daily active users', 'more than everyone on Earth');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).field).toBe('dailyActiveUsers');
      expect((e as InputError).message).toBe('Daily active users must be a whole number from 0 to 10,000,000,000 (got 1e+30): more than everyone on Earth.');
    }
  });
});

describe('shorten', () => {
  it('cuts long text to the given length with an ellipsis, and leaves short text alone', () => {
    expect(shorten('abc')).toBe('abc');
    const long = shorten('9'.repeat(100_000));
    expect(long).toHaveLength(40);
    expect(long.endsWith('…')).toBe(true);
  });
});
