/**
 * What counts as a number when a reader types one: plain decimal notation (optionally with
 * a sign, a fraction, an exponent, and commas between groups of three digits) and nothing
 * else. JavaScript's Number() is more generous: it reads "0x10" as 16, "  " as 0 and
 * "Infinity" as infinite, and the calculators would silently compute with those.
 */
import { describeRange, InputError, shorten, type Range } from './input';

export type NumberProblem = 'empty' | 'not-a-number' | 'base' | 'underscore' | 'infinite' | 'too-large';

export type NumberReading = { ok: true; value: number } | { ok: false; problem: NumberProblem };

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** 1,234,567.5: the integer part in groups of three after the first. */
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?(?:[eE][+-]?\d+)?$/;

/** Reads text as a number; `grouping: false` refuses commas (in lists, where commas separate items). */
export function readNumber(text: string, { grouping = true } = {}): NumberReading {
  const t = text.trim();
  if (t === '') return { ok: false, problem: 'empty' };
  const plain = PLAIN.test(t);
  if (!plain && !(grouping && GROUPED.test(t))) {
    if (/^[+-]?0[xXbBoO]/.test(t)) return { ok: false, problem: 'base' };
    if (/\d_\d/.test(t)) return { ok: false, problem: 'underscore' };
    if (/^[+-]?(?:infinity|inf|∞)$/i.test(t)) return { ok: false, problem: 'infinite' };
    return { ok: false, problem: 'not-a-number' };
  }
  const value = Number(plain ? t : t.replace(/,/g, ''));
  // The text is a number, just not one a double can hold (1e400).
  if (!Number.isFinite(value)) return { ok: false, problem: 'too-large' };
  return { ok: true, value };
}

/** The message for a problem: `name` is how it refers to the input. */
export function numberProblemMessage(problem: NumberProblem, text: string, name: string, range?: Range): string {
  const got = `“${shorten(text.trim())}”`;
  switch (problem) {
    case 'empty':
      return `${name} is empty: enter a number.`;
    case 'base':
      return `${name} must be a decimal number (got ${got}): hexadecimal, octal and binary numbers are not read.`;
    case 'underscore':
      return `${name} must be a plain number (got ${got}): leave out the underscores, or group thousands with commas.`;
    case 'infinite':
      return `${name} must be a finite number (got ${got}).`;
    case 'too-large':
      return `${name} is too large to represent (got ${got})${range ? `: it must be ${describeRange(range)}` : ''}.`;
    default:
      return `${name} must be a number (got ${got}).`;
  }
}

/** Reads one typed number or throws an InputError for `field`, worded with `name`. */
export function parseDecimal(text: string, field: string, name: string, range?: Range): number {
  const reading = readNumber(text);
  if (!reading.ok) throw new InputError(numberProblemMessage(reading.problem, text, name, range), field);
  return reading.value;
}
