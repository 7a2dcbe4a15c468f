/** Pasted lists of numbers (labels, predictions), read with the same rules as single numbers. */
import { InputError, shorten } from './input';
import { readNumber } from './number-text';

/** Most numbers a pasted list may hold: beyond this the page gets slow. */
export const MAX_LIST_LENGTH = 20_000;

/** Reads a list of numbers separated by commas, semicolons or white space. */
export function parseNumberList(text: string, field: string, name = field): number[] {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0) throw new InputError(`${name} is empty: enter at least one number.`, field);
  if (parts.length > MAX_LIST_LENGTH) {
    throw new InputError(`${name} holds ${parts.length.toLocaleString('en-US')} values; at most ${MAX_LIST_LENGTH.toLocaleString('en-US')} are read.`, field);
  }
  return parts.map((part, i) => {
    const reading = readNumber(part, { grouping: false });
    if (!reading.ok) {
      const what = reading.problem === 'too-large' ? 'is too large to represent' : 'is not a number';
      throw new InputError(`${name}: item ${i + 1} (“${shorten(part)}”) ${what}.`, field);
    }
    return reading.value;
  });
}
