/**
 * Storage over a retention period. Each component is count × bytes each × days kept:
 * for data that accumulates (logs, newly created items) the count is per day and the
 * days are the retention; for a snapshot that is overwritten in place (a feature table,
 * the current embeddings) set days to 1. The sum is multiplied by a replication factor
 * (3 for triple replication; fractional for erasure coding, e.g. 1.5 for 6 data + 3
 * parity shards).
 */
import { checkRange, InputError, type Range } from '../input';
import { atLeast, count, nonNegative } from '../validate';
import { finiteResult, num, type Estimate, type Step } from './steps';

export interface StorageComponent {
  /** Stable key for error fields, e.g. "logs" (errors go to `logs.count`); default: the label in lower case. */
  key?: string;
  /** Names the component in steps and in messages, e.g. "Logs". */
  label: string;
  /** Whole number of records (per day if `days` is a retention period). */
  count: number;
  bytesEach: number;
  /** Days kept; 1 for a snapshot. May be fractional (0.5 = 12 hours). */
  days: number;
}

export interface StorageInput {
  components: readonly StorageComponent[];
  replication: number;
}

export interface StorageResult {
  components: { label: string; bytes: number }[];
  /** Before replication. */
  raw: number;
  /** After replication: what you provision. */
  total: number;
}

export const REPLICATION_FIELD = 'Replication factor';

export type StorageInputName = 'count' | 'bytesEach' | 'days';

/** How messages name one input of a component, e.g. storageField('Logs', 'days') → "Logs days kept". */
export function storageField(label: string, input: StorageInputName): string {
  return `${label} ${input === 'count' ? 'count' : input === 'bytesEach' ? 'bytes each' : 'days kept'}`;
}

/** The error field (stable key) of one input of a component, e.g. storageKey('logs', 'days') → "logs.days". */
export function storageKey(key: string, input: StorageInputName): string {
  return `${key}.${input}`;
}

/** Sensible ranges: beyond them a value is a typo or a unit mistake. */
export const STORAGE_RANGES = {
  // A quadrillion records.
  count: { min: 0, max: 1e15, integer: true },
  // A terabyte per record.
  bytesEach: { min: 0, max: 1e12 },
  // A century of retention.
  days: { min: 0, max: 36_500 },
  // Ten copies is already more than any storage system keeps.
  replication: { min: 1, max: 10 },
} as const satisfies Record<StorageInputName | 'replication', Range>;

export function storage(input: StorageInput): Estimate<StorageResult> {
  if (!Array.isArray(input.components) || input.components.length === 0) {
    throw new InputError('Give at least one thing to store (items, features or logs).', 'components');
  }
  for (const c of input.components) {
    const key = (input: StorageInputName) => storageKey(c.key ?? c.label.toLowerCase(), input);
    const name = (input: StorageInputName) => storageField(c.label, input);
    count(c.count, key('count'), name('count'));
    nonNegative(c.bytesEach, key('bytesEach'), name('bytesEach'));
    nonNegative(c.days, key('days'), name('days'));
    for (const input of ['count', 'bytesEach', 'days'] as const) checkRange(c[input], STORAGE_RANGES[input], key(input), name(input));
  }
  atLeast(input.replication, 1, 'replication', REPLICATION_FIELD, 'every byte is stored at least once');
  checkRange(input.replication, STORAGE_RANGES.replication, 'replication', REPLICATION_FIELD);

  const steps: Step[] = [];
  const components = input.components.map((c) => {
    const bytes = finiteResult(c.count * c.bytesEach * c.days, `${c.label} storage`);
    steps.push({
      id: `storage-${c.label.toLowerCase().replace(/\W+/g, '-')}`,
      label: c.label,
      expression: `${num(c.count)} × ${num(c.bytesEach)} B × ${num(c.days)} ${c.days === 1 ? 'day' : 'days'}`,
      value: bytes,
      unit: 'bytes',
    });
    return { label: c.label, bytes };
  });
  const raw = finiteResult(
    components.reduce((sum, c) => sum + c.bytes, 0),
    'Total storage',
  );
  const total = finiteResult(raw * input.replication, 'Replicated storage');
  steps.push(
    {
      id: 'storage-raw',
      label: 'One copy',
      expression: components.map((c) => c.label).join(' + '),
      value: raw,
      unit: 'bytes',
    },
    {
      id: 'storage-total',
      label: 'With replication',
      expression: `one copy × ${num(input.replication)}`,
      value: total,
      unit: 'bytes',
    },
  );
  return { value: { components, raw, total }, steps };
}
