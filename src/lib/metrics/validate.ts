/**
 * Input checks shared by the library modules. Each throws MetricInputError with a specific
 * message; `name` is how the message refers to the input, `field` (default: the name) is
 * the key a form uses to place the message.
 */
import { MetricInputError } from './errors';

export function finiteNumber(value: number, name: string, field = name): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MetricInputError(`${name} must be a finite number (got ${String(value)}).`, field);
  }
  return value;
}

export function count(value: number, name: string, field = name): number {
  finiteNumber(value, name, field);
  if (value < 0 || !Number.isInteger(value)) {
    throw new MetricInputError(`${name} must be a whole number of 0 or more (got ${value}).`, field);
  }
  return value;
}

export function positiveInteger(value: number, name: string): number {
  finiteNumber(value, name);
  if (value < 1 || !Number.isInteger(value)) {
    throw new MetricInputError(`${name} must be a whole number of 1 or more (got ${value}).`, name);
  }
  return value;
}

export function nonEmpty(values: readonly number[], name: string): void {
  if (!Array.isArray(values) || values.length === 0) {
    throw new MetricInputError(`${name} is empty: give at least one value.`, name);
  }
}

export function finiteList(values: readonly number[], name: string): void {
  nonEmpty(values, name);
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new MetricInputError(`${name}: item ${i + 1} is not a finite number (got ${String(v)}).`, name);
    }
  });
}

export function binaryLabels(labels: readonly number[]): void {
  finiteList(labels, 'labels');
  labels.forEach((y, i) => {
    if (y !== 0 && y !== 1) {
      throw new MetricInputError(`labels: item ${i + 1} is ${y}; labels must be 0 (negative) or 1 (positive).`, 'labels');
    }
  });
}

/** "labels" → "label", "probabilities" → "probability". */
const singular = (name: string) => name.replace(/ies$/, 'y').replace(/s$/, '');

export function sameLength(a: readonly number[], b: readonly number[], aName: string, bName: string): void {
  if (a.length !== b.length) {
    throw new MetricInputError(
      `${aName} has ${a.length} values but ${bName} has ${b.length}: give one ${singular(bName)} per ${singular(aName)}.`,
      bName,
    );
  }
}

export function probabilities(probs: readonly number[], name = 'probabilities'): void {
  finiteList(probs, name);
  probs.forEach((p, i) => {
    if (p < 0 || p > 1) {
      throw new MetricInputError(`${name}: item ${i + 1} is ${p}; a probability must lie between 0 and 1.`, name);
    }
  });
}

export function bothClasses(labels: readonly number[], metric: string): void {
  const positives = labels.filter((y) => y === 1).length;
  if (positives === 0 || positives === labels.length) {
    const only = positives === 0 ? 'negatives (0)' : 'positives (1)';
    throw new MetricInputError(
      `${metric} is undefined when every label is one class: the labels hold only ${only}. Add at least one example of the other class.`,
      'labels',
    );
  }
}
