import { describe, expect, it } from 'vitest';
import { finiteResult, num } from './steps';
import { formatQuantity } from './units';

describe('num (numbers inside expressions)', () => {
  it('groups thousands and keeps only useful decimals', () => {
    expect(num(4_800_000_000)).toBe('4,800,000,000');
    // 4.8e9 ÷ 86,400 = 55,555.555…: one decimal above 1,000.
    expect(num(4_800_000_000 / 86_400)).toBe('55,555.6');
    expect(num(128 / 48)).toBe('2.667');
    expect(num(0.714)).toBe('0.714');
  });
});

describe('formatQuantity', () => {
  it('labels each unit', () => {
    expect(formatQuantity(102.4e9, 'bytes')).toBe('102.4 GB');
    expect(formatQuantity(4.8e9, 'requests/day')).toBe('4,800,000,000 a day');
    expect(formatQuantity(138_888.888, 'per second')).toBe('138,888.9 /s');
    expect(formatQuantity(3891, 'replicas')).toBe('3,891');
    expect(formatQuantity(0.1 + 0.2, 'ms')).toBe('0.3 ms');
  });

  it('never prints NaN or Infinity', () => {
    expect(formatQuantity(Number.NaN, 'ms')).toBe('—');
    expect(formatQuantity(Number.POSITIVE_INFINITY, 'bytes')).toBe('—');
    expect(() => finiteResult(Number.POSITIVE_INFINITY, 'Storage')).toThrow('Storage is too large to represent');
  });
});
