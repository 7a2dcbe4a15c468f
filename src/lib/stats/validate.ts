/** Input checks shared by the A/B-test modules; each throws MetricInputError naming the option. */
import { MetricInputError } from '../metrics/errors';

export function finite(value: number, field: string, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MetricInputError(`${what} must be a finite number (got ${String(value)}).`, field);
  }
  return value;
}

export function openUnit(value: number, field: string, what: string): number {
  finite(value, field, what);
  if (value <= 0 || value >= 1) {
    throw new MetricInputError(`${what} must be strictly between 0 and 1 (got ${value}).`, field);
  }
  return value;
}

export function wholeCount(value: number, field: string, what: string): number {
  finite(value, field, what);
  if (value < 0 || !Number.isInteger(value)) {
    throw new MetricInputError(`${what} must be a whole number of 0 or more (got ${value}).`, field);
  }
  return value;
}
