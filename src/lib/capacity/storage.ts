/**
 * Storage over a retention period. Each component is count × bytes each × days kept:
 * for data that accumulates (logs, newly created items) the count is per day and the
 * days are the retention; for a snapshot that is overwritten in place (a feature table,
 * the current embeddings) set days to 1. The sum is multiplied by a replication factor
 * (3 for triple replication; fractional for erasure coding, e.g. 1.5 for 6 data + 3
 * parity shards).
 */
import { MetricInputError } from '../metrics/errors';
import { finiteResult, num, type Estimate, type Step } from './steps';
import { atLeast, count, nonNegative } from './validate';

export interface StorageComponent {
  /** Names the component in steps and in error fields, e.g. "Logs". */
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
export const STORAGE_COMPONENTS_FIELD = 'Storage components';

/** The error field for one input of a component, e.g. storageField('Logs', 'days') → "Logs days kept". */
export function storageField(label: string, input: 'count' | 'bytesEach' | 'days'): string {
  return `${label} ${input === 'count' ? 'count' : input === 'bytesEach' ? 'bytes each' : 'days kept'}`;
}

export function storage(input: StorageInput): Estimate<StorageResult> {
  if (!Array.isArray(input.components) || input.components.length === 0) {
    throw new MetricInputError('Give at least one thing to store (items, features or logs).', STORAGE_COMPONENTS_FIELD);
  }
  for (const c of input.components) {
    count(c.count, storageField(c.label, 'count'));
    nonNegative(c.bytesEach, storageField(c.label, 'bytesEach'));
    nonNegative(c.days, storageField(c.label, 'days'));
  }
  atLeast(input.replication, 1, REPLICATION_FIELD, 'every byte is stored at least once');

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
