/**
 * Turns what a reader typed into numbers, or into a message for the field. The library
 * functions validate meaning (a rate in (0, 1), k ≥ 1); this only checks that the text is
 * a number at all, so "abc" never reaches the math as NaN.
 */
import { MetricInputError } from '../../lib/metrics/errors';

/**
 * `name` is how the message refers to the input; `field` (default: the name) is the key the
 * form uses to place the message, when it differs (e.g. the library's option name).
 */
export function parseNumber(text: string, name: string, field = name): number {
  const cleaned = text.trim().replace(/[_,\s](?=\d{3}\b)/g, '');
  if (cleaned === '') throw new MetricInputError(`${name} is empty: enter a number.`, field);
  const value = Number(cleaned);
  if (!Number.isFinite(value)) throw new MetricInputError(`${name} must be a number (got “${text.trim()}”).`, field);
  return value;
}

/** Parses a comma- or whitespace-separated list of numbers. */
export function parseList(text: string, field: string): number[] {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0) throw new MetricInputError(`${field} is empty: enter at least one number.`, field);
  return parts.map((part, i) => {
    const value = Number(part);
    if (!Number.isFinite(value)) throw new MetricInputError(`${field}: item ${i + 1} (“${part}”) is not a number.`, field);
    return value;
  });
}

export interface FieldError {
  field: string | undefined;
  message: string;
}

/** Runs a computation; a MetricInputError becomes a message for its field, anything else is a bug and is rethrown. */
export function attempt<T>(compute: () => T): { value: T; error?: undefined } | { value?: undefined; error: FieldError } {
  try {
    return { value: compute() };
  } catch (e) {
    if (e instanceof MetricInputError) return { error: { field: e.field, message: e.message } };
    throw e;
  }
}
