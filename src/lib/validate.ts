/**
 * Input checks shared by every area of src/lib. Each throws an InputError whose `field` is
 * the stable key of the input and whose message refers to it by `name` (default: the key,
 * for inputs whose key reads as a word, such as `k` or `labels`).
 */
import { InputError } from './input';

export function finiteNumber(value: number, field: string, name = field): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InputError(`${name} must be a finite number (got ${String(value)}).`, field);
  }
  return value;
}

/** A whole number of 0 or more. */
export function count(value: number, field: string, name = field): number {
  finiteNumber(value, field, name);
  if (value < 0 || !Number.isInteger(value)) {
    throw new InputError(`${name} must be a whole number of 0 or more (got ${value}).`, field);
  }
  return value;
}

/** A whole number of 1 or more. */
export function positiveInteger(value: number, field: string, name = field): number {
  finiteNumber(value, field, name);
  if (value < 1 || !Number.isInteger(value)) {
    throw new InputError(`${name} must be a whole number of 1 or more (got ${value}).`, field);
  }
  return value;
}

export function nonNegative(value: number, field: string, name = field): number {
  finiteNumber(value, field, name);
  if (value < 0) throw new InputError(`${name} cannot be negative (got ${value}).`, field);
  return value;
}

/** Strictly positive: used for anything we divide by. */
export function positive(value: number, field: string, name: string, why = 'it is divided by'): number {
  finiteNumber(value, field, name);
  if (value <= 0) throw new InputError(`${name} must be greater than 0, because ${why} (got ${value}).`, field);
  return value;
}

export function atLeast(value: number, min: number, field: string, name: string, why: string): number {
  finiteNumber(value, field, name);
  if (value < min) throw new InputError(`${name} must be ${min} or more: ${why} (got ${value}).`, field);
  return value;
}

/** A proportion strictly between 0 and 1. */
export function openUnit(value: number, field: string, name: string): number {
  finiteNumber(value, field, name);
  if (value <= 0 || value >= 1) {
    throw new InputError(`${name} must be strictly between 0 and 1 (got ${value}).`, field);
  }
  return value;
}
