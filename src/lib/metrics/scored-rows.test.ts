import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '../input';
import { formatScoredRows, parseScoredRows } from './scored-rows';

describe('parseScoredRows', () => {
  it('reads label,score rows with any common separator, a header, blanks and comments', () => {
    const text = 'label,score\n0,0.1\n\n# a comment\n0;0.4\n1\t0.35\n"1", "0.8"\r\n1 -2.5e-1\n';
    expect(parseScoredRows(text)).toEqual({ labels: [0, 0, 1, 1, 1], scores: [0.1, 0.4, 0.35, 0.8, -0.25] });
  });

  it.each([
    ['0,0.1\n1,0.9\nabc', "line 3: 'abc' is not label,score (write a 0 or 1, a comma and a score, e.g. 1,0.83)."],
    ['abc\n0,0.1\n1,0.9', "line 1: 'abc' is not label,score (write a 0 or 1, a comma and a score, e.g. 1,0.83)."],
    ['0,0.1,7\n1,0.9', "line 1: '0,0.1,7' is not label,score (write a 0 or 1, a comma and a score, e.g. 1,0.83)."],
    ['0,0.1\n\n2,0.9', "line 3: label '2' must be 0 (negative) or 1 (positive)."],
    ['0,0.1\nyes,0.9', "line 2: label 'yes' must be 0 (negative) or 1 (positive)."],
    ['0,0.1\n1,', "line 2: score '' is not a number."],
    ['0,0.1\n1,high', "line 2: score 'high' is not a number."],
    ['0,0.1\n1,Infinity', "line 2: score 'Infinity' is not a number."],
    ['', 'No rows yet: paste label,score rows, one per line (e.g. 1,0.83), or load a file.'],
    ['label,score\n\n', 'No rows yet: paste label,score rows, one per line (e.g. 1,0.83), or load a file.'],
    ['1,0.2\n1,0.3\n1,0.9', 'All 3 rows have label 1: ROC and precision–recall curves need at least one 0 and one 1.'],
    ['0,0.2', 'The only row has label 0: ROC and precision–recall curves need at least one 0 and one 1.'],
  ])('explains %j', (text, message) => {
    expect(() => parseScoredRows(text)).toThrow(InputError);
    expect(() => parseScoredRows(text)).toThrow(message);
  });

  it('puts the error on the field it was given', () => {
    try {
      parseScoredRows('x', 'roc-rows');
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).field).toBe('roc-rows');
    }
  });

  it('reads only plain decimal numbers, as the form fields do', () => {
    expect(() => parseScoredRows('0x1,0.5\n0,0.2')).toThrow("line 1: label '0x1' must be 0 (negative) or 1 (positive).");
    expect(() => parseScoredRows('1,Infinity\n0,0.2')).toThrow("line 1: score 'Infinity' is not a number.");
    expect(() => parseScoredRows('1,1_000\n0,0.2')).toThrow("line 1: score '1_000' is not a number.");
    expect(parseScoredRows('1,1e-3\n0,-.5').scores).toEqual([0.001, -0.5]);
  });

  it('refuses more than 20,000 rows', () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => `${i % 2},${i}`).join('\n');
    expect(() => parseScoredRows(rows)).toThrow('More than 20,000 rows');
  });

  it('round-trips formatScoredRows', () => {
    const sample = fc
      .array(fc.tuple(fc.constantFrom(0, 1), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { minLength: 2, maxLength: 40 })
      .filter((rows) => rows.some(([l]) => l === 1) && rows.some(([l]) => l === 0));
    fc.assert(
      fc.property(sample, (rows) => {
        const s = { labels: rows.map(([l]) => l), scores: rows.map(([, v]) => v + 0) };
        expect(parseScoredRows(formatScoredRows(s))).toEqual(s);
      }),
    );
  });
});
