/** Input checks for the capacity estimators; each throws MetricInputError naming its field. */
import { MetricInputError } from '../metrics/errors';
import { finiteNumber } from '../metrics/validate';

export { count, finiteNumber, positiveInteger } from '../metrics/validate';

export function nonNegative(value: number, name: string): number {
  finiteNumber(value, name);
  if (value < 0) throw new MetricInputError(`${name} cannot be negative (got ${value}).`, name);
  return value;
}

/** Strictly positive: used for anything we divide by. */
export function positive(value: number, name: string, why = 'it is divided by'): number {
  finiteNumber(value, name);
  if (value <= 0) throw new MetricInputError(`${name} must be greater than 0, because ${why} (got ${value}).`, name);
  return value;
}

export function atLeast(value: number, min: number, name: string, why: string): number {
  finiteNumber(value, name);
  if (value < min) throw new MetricInputError(`${name} must be ${min} or more: ${why} (got ${value}).`, name);
  return value;
}
