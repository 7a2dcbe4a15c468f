/**
 * The one error convention of src/lib, and the sensible ranges inputs are checked against.
 *
 * Every function here and in the areas below (metrics, stats, capacity, chart) raises an
 * InputError for input it cannot use. Its message says what is wrong and how to fix it, in
 * words a reader can act on; its `field` is the stable key of the input concerned (an option
 * name such as `dailyActiveUsers` or `a.users`, never a display label), so a form can put
 * the message next to that input whatever the input is called on screen.
 */
export class InputError extends Error {
  /** Stable key of the input the problem is in; undefined when no single input is to blame. */
  readonly field: string | undefined;

  constructor(message: string, field?: string) {
    super(message);
    this.name = 'InputError';
    this.field = field;
  }
}

/**
 * A documented sensible range for a numeric input: values outside it are refused with a
 * message that names the range. The bounds are what the input can mean (a rate lies in
 * (0, 1)) or, for open-ended quantities, a generous ceiling beyond which a value is a typo
 * or a unit mistake (more daily users than people on Earth).
 */
export interface Range {
  min: number;
  max: number;
  /** The bound itself is excluded (a rate of exactly 0, a share of exactly 1). */
  minExclusive?: boolean;
  maxExclusive?: boolean;
  /** Whole numbers only. */
  integer?: boolean;
  /** Unit of the bounds in messages, e.g. "ms". */
  unit?: string;
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** A bound as messages write it: 10000000000 → "10,000,000,000". */
export function formatBound(value: number): string {
  return grouped.format(value);
}

/** "a whole number from 0 to 10,000,000,000", "strictly between 0 and 1", "greater than 0 and at most 1 ms". */
export function describeRange(range: Range): string {
  const lo = formatBound(range.min);
  const hi = formatBound(range.max);
  const unit = range.unit ? ` ${range.unit}` : '';
  const what = range.integer ? 'a whole number ' : '';
  if (range.minExclusive && range.maxExclusive) return `${what}strictly between ${lo} and ${hi}${unit}`;
  if (range.minExclusive) return `${what}greater than ${lo} and at most ${hi}${unit}`;
  if (range.maxExclusive) return `${what}at least ${lo} and less than ${hi}${unit}`;
  return `${what}from ${lo} to ${hi}${unit}`;
}

/** Whether value lies in the range (and is whole, if the range asks for whole numbers). */
export function inRange(value: number, range: Range): boolean {
  if (!Number.isFinite(value)) return false;
  if (range.integer && !Number.isInteger(value)) return false;
  const aboveMin = range.minExclusive ? value > range.min : value >= range.min;
  const belowMax = range.maxExclusive ? value < range.max : value <= range.max;
  return aboveMin && belowMax;
}

/**
 * Refuses a value outside its sensible range, naming the range: "Daily active users must be
 * a whole number from 0 to 10,000,000,000 (got 1e+30)." `why`, when given, follows a colon.
 */
export function checkRange(value: number, range: Range, field: string, name: string, why?: string): number {
  if (!inRange(value, range)) {
    throw new InputError(`${name} must be ${describeRange(range)} (got ${String(value)})${why ? `: ${why}` : ''}.`, field);
  }
  return value;
}

/** Text a reader typed, cut short for a message: a pasted megabyte must not come back whole. */
export function shorten(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
