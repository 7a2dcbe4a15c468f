import { describe, expect, it } from 'vitest';
import { InputError } from './input';
import { MAX_LIST_LENGTH, parseNumberList } from './number-list';
import { numberProblemMessage, parseDecimal, readNumber } from './number-text';

const value = (text: string, grouping = true) => {
  const r = readNumber(text, { grouping });
  return r.ok ? r.value : r.problem;
};

describe('readNumber', () => {
  it('reads plain decimal and scientific notation, with optional thousands commas', () => {
    expect(value('42')).toBe(42);
    expect(value(' -3.5 ')).toBe(-3.5);
    expect(value('+.5')).toBe(0.5);
    expect(value('5.')).toBe(5);
    expect(value('1e6')).toBe(1e6);
    expect(value('2.5E-3')).toBe(0.0025);
    expect(value('1,000,000')).toBe(1e6);
    expect(value('20,000.25')).toBe(20000.25);
    expect(value('1e-400')).toBe(0);
  });

  it('refuses what Number() would silently accept', () => {
    expect(value('0x10')).toBe('base');
    expect(value('0b101')).toBe('base');
    expect(value('0o17')).toBe('base');
    expect(value('1_000')).toBe('underscore');
    expect(value('Infinity')).toBe('infinite');
    expect(value('-inf')).toBe('infinite');
    expect(value('')).toBe('empty');
    expect(value('   ')).toBe('empty');
    expect(value('abc')).toBe('not-a-number');
    expect(value('1,00')).toBe('not-a-number');
    expect(value('12 000')).toBe('not-a-number');
    expect(value('NaN')).toBe('not-a-number');
    expect(value('1,000', false)).toBe('not-a-number');
  });

  it('says "too large" for a number no double can hold, not "not a number"', () => {
    expect(value('1e400')).toBe('too-large');
    expect(value('-1e309')).toBe('too-large');
    expect(value('9'.repeat(400))).toBe('too-large');
  });
});

describe('messages', () => {
  it('explain each problem in words, never echoing a huge value whole', () => {
    expect(numberProblemMessage('not-a-number', 'abc', 'TP')).toBe('TP must be a number (got “abc”).');
    expect(numberProblemMessage('empty', '', 'true CTR')).toBe('true CTR is empty: enter a number.');
    expect(numberProblemMessage('base', '0x10', 'TP')).toBe('TP must be a decimal number (got “0x10”): hexadecimal, octal and binary numbers are not read.');
    expect(numberProblemMessage('too-large', '1e400', 'Daily active users', { min: 0, max: 1e10, integer: true })).toBe(
      'Daily active users is too large to represent (got “1e400”): it must be a whole number from 0 to 10,000,000,000.',
    );
    expect(numberProblemMessage('not-a-number', 'x'.repeat(100_000), 'k').length).toBeLessThan(80);
  });

  it('parseDecimal throws an InputError for the field', () => {
    expect(parseDecimal('1,234', 'a.users', 'Control users')).toBe(1234);
    expect(() => parseDecimal('lots', 'a.users', 'Control users')).toThrow(InputError);
    try {
      parseDecimal('lots', 'a.users', 'Control users');
    } catch (e) {
      expect((e as InputError).field).toBe('a.users');
      expect((e as InputError).message).toBe('Control users must be a number (got “lots”).');
    }
  });
});

describe('parseNumberList', () => {
  it('reads numbers separated by spaces, commas, semicolons and new lines', () => {
    expect(parseNumberList('1 0,0;\n1', 'labels')).toEqual([1, 0, 0, 1]);
  });

  it('names the item that is not a number, and bounds the list', () => {
    expect(() => parseNumberList('0.9 0.1 abc', 'probabilities')).toThrow('probabilities: item 3 (“abc”) is not a number.');
    expect(() => parseNumberList('0x1 0', 'labels')).toThrow('labels: item 1 (“0x1”) is not a number.');
    expect(() => parseNumberList('1e999', 'labels')).toThrow('labels: item 1 (“1e999”) is too large to represent.');
    expect(() => parseNumberList('  ', 'labels')).toThrow('labels is empty: enter at least one number.');
    expect(() => parseNumberList('0 '.repeat(MAX_LIST_LENGTH + 1), 'labels')).toThrow('labels holds 20,001 values; at most 20,000 are read.');
  });
});
