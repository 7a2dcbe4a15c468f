/**
 * Input checks for the A/B-test modules. Messages name an option by what it means ("The
 * baseline rate") while `field` keys it by option name (`baselineRate`), so the shared
 * metric checks are called with both.
 */
import { MetricInputError } from '../metrics/errors';
import { count, finiteNumber } from '../metrics/validate';

export const finite = (value: number, field: string, what: string): number => finiteNumber(value, what, field);

export const wholeCount = (value: number, field: string, what: string): number => count(value, what, field);

export function openUnit(value: number, field: string, what: string): number {
  finite(value, field, what);
  if (value <= 0 || value >= 1) {
    throw new MetricInputError(`${what} must be strictly between 0 and 1 (got ${value}).`, field);
  }
  return value;
}
