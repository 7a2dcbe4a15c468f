/**
 * Shared shapes for the back-of-envelope estimators: every estimate returns its result
 * and the arithmetic that produced it, as data, so a page or a calculator can show the
 * working instead of a bare number.
 */
import { InputError } from '../input';

/** What a step's value measures; the display layer picks the unit label from it. */
export type Unit = 'requests/day' | 'per second' | 'bytes' | 'replicas' | 'ms';

export interface Step {
  /** Stable identifier (for list keys and tests), e.g. "traffic-peak". */
  id: string;
  /** What the step computes, in words. */
  label: string;
  /** The arithmetic with the actual numbers, e.g. "400,000,000 × 12". */
  expression: string;
  value: number;
  unit: Unit;
}

export interface Estimate<T> {
  value: T;
  steps: Step[];
}

const grouped = [0, 1, 2, 3, 4].map((digits) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }));

/**
 * A number as it appears inside an expression: grouped thousands, and only as many
 * decimals as help (1 above 1,000, 3 above 1, 4 below).
 */
export function num(value: number): string {
  const abs = Math.abs(value);
  const digits = Number.isInteger(value) ? 0 : abs >= 1000 ? 1 : abs >= 1 ? 3 : 4;
  return grouped[digits]!.format(value);
}

/** Guards against overflow: finite inputs can still multiply past Number.MAX_VALUE. */
export function finiteResult(value: number, what: string): number {
  if (!Number.isFinite(value)) {
    throw new InputError(`${what} is too large to represent: check that the inputs are in the units the labels ask for.`);
  }
  return value;
}
