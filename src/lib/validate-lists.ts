/**
 * Input checks for lists of numbers (labels, scores, probabilities, grades), with the same
 * convention as ./validate: the error's `field` is the list's key. Kept apart from the
 * scalar checks so calculators that take no lists do not ship them.
 */
import { InputError } from './input';

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
    throw new InputError(`${aName} has ${a.length} values but ${bName} has ${b.length}: give one ${singular(bName)} per ${singular(aName)}.`, bField);
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
