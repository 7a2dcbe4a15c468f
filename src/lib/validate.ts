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

export function nonEmpty(values: readonly number[], field: string, name = field): void {
  if (!Array.isArray(values) || values.length === 0) {
    throw new InputError(`${name} is empty: give at least one value.`, field);
  }
}

export function finiteList(values: readonly number[], field: string, name = field): void {
  nonEmpty(values, field, name);
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new InputError(`${name}: item ${i + 1} is not a finite number (got ${String(v)}).`, field);
    }
  });
}

export function binaryLabels(labels: readonly number[], field = 'labels'): void {
  finiteList(labels, field);
  labels.forEach((y, i) => {
    if (y !== 0 && y !== 1) {
      throw new InputError(`${field}: item ${i + 1} is ${y}; labels must be 0 (negative) or 1 (positive).`, field);
    }
  });
}

/** "labels" → "label", "probabilities" → "probability". */
const singular = (name: string) => name.replace(/ies$/, 'y').replace(/s$/, '');

/** The error goes to the second list, the one to fix to match the first. */
export function sameLength(a: readonly number[], b: readonly number[], aName: string, bName: string, bField = bName): void {
  if (a.length !== b.length) {
    throw new InputError(
      `${aName} has ${a.length} values but ${bName} has ${b.length}: give one ${singular(bName)} per ${singular(aName)}.`,
      bField,
    );
  }
}

export function probabilities(probs: readonly number[], field = 'probabilities'): void {
  finiteList(probs, field);
  probs.forEach((p, i) => {
    if (p < 0 || p > 1) {
      throw new InputError(`${field}: item ${i + 1} is ${p}; a probability must lie between 0 and 1.`, field);
    }
  });
}

export function bothClasses(labels: readonly number[], metric: string, field = 'labels'): void {
  const positives = labels.filter((y) => y === 1).length;
  if (positives === 0 || positives === labels.length) {
    const only = positives === 0 ? 'negatives (0)' : 'positives (1)';
    throw new InputError(
      `${metric} is undefined when every label is one class: the labels hold only ${only}. Add at least one example of the other class.`,
      field,
    );
  }
}
