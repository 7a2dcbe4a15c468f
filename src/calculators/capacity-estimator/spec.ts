/** Capacity estimator: traffic, storage, embedding-index memory, replicas and a latency budget, with the arithmetic shown. */
import { EMBEDDING_FIELDS, EMBEDDING_RANGES, ENCODINGS } from '../../lib/capacity/embedding';
import { LATENCY_FIELDS, LATENCY_RANGES, MAX_STAGES } from '../../lib/capacity/latency';
import { REPLICA_FIELDS, REPLICA_RANGES } from '../../lib/capacity/replicas';
import { REPLICATION_FIELD, STORAGE_RANGES, storageField, storageKey, type StorageInputName } from '../../lib/capacity/storage';
import { TRAFFIC_FIELDS, TRAFFIC_RANGES } from '../../lib/capacity/traffic';
import { choice, type CalculatorSpec, type NumberField } from '../kit/spec';

/** The storage lines: key (as in error fields), label, and how their inputs are labelled. */
export const STORAGE_PARTS = [
  { key: 'items', param: 'items', label: 'Items', count: 'Items (count)', bytes: 'Bytes per item' },
  { key: 'features', param: 'feat', label: 'Features', count: 'Feature rows', bytes: 'Bytes per row' },
  { key: 'logs', param: 'logs', label: 'Logs', count: 'Log records (count)', bytes: 'Bytes per record' },
] as const;

const PARAM_SUFFIX: Record<StorageInputName, string> = { count: 'Count', bytesEach: 'Bytes', days: 'Days' };

const storageFields = STORAGE_PARTS.flatMap((part) =>
  (['count', 'bytesEach', 'days'] as const).map((input): NumberField => ({
    kind: 'number',
    key: storageKey(part.key, input),
    param: `${part.param}${PARAM_SUFFIX[input]}`,
    name: storageField(part.label, input),
    label: input === 'count' ? part.count : input === 'bytesEach' ? part.bytes : 'Days kept',
    default: '0',
    range: STORAGE_RANGES[input],
  })),
);

const number = (key: string, param: string, name: string, label: string, range: NumberField['range'], hint?: string): NumberField => ({
  kind: 'number',
  key,
  param,
  name,
  label,
  default: '0',
  range,
  ...(hint ? { hint } : {}),
});

export const capacityEstimator = {
  title: 'Capacity estimator',
  description:
    'Back-of-envelope sizing with the arithmetic shown: requests per second from daily users, storage over a retention period, embedding and HNSW index memory, replicas for the peak, and whether a latency budget fits its stages.',
  prefix: 'cap',
  // The numbers live in presets.ts, loaded when a reader picks another preset.
  presets: {
    list: [
      { id: 'feed', label: 'Feed ranking' },
      { id: 'ads', label: 'Ad click prediction' },
      { id: 'visual', label: 'Visual search index' },
      { id: 'rag', label: 'RAG support assistant' },
      { id: 'pymk', label: 'People you may know' },
      { id: 'events', label: 'Event recommendations' },
      { id: 'video', label: 'Video recommendations' },
      { id: 'street-blur', label: 'Street imagery blurring (batch)' },
      { id: 'similar-listings', label: 'Similar listings' },
      { id: 'video-search', label: 'Video search' },
      { id: 'harmful-content', label: 'Harmful content detection' },
      { id: 'payment-fraud', label: 'Payment fraud scoring' },
      { id: 'search-ranking', label: 'Marketplace search ranking' },
      { id: 'conversational-assistant', label: 'Conversational assistant' },
    ],
    load: () => import('./presets').then((m) => m.PRESETS),
  },
  fields: [
    number('dailyActiveUsers', 'dau', TRAFFIC_FIELDS.dailyActiveUsers, 'Daily active users', TRAFFIC_RANGES.dailyActiveUsers),
    number('actionsPerUserPerDay', 'actions', TRAFFIC_FIELDS.actionsPerUserPerDay, 'Requests per user per day', TRAFFIC_RANGES.actionsPerUserPerDay),
    number('peakFactor', 'peak', TRAFFIC_FIELDS.peakFactor, 'Peak factor (busiest hour ÷ average)', TRAFFIC_RANGES.peakFactor),
    ...storageFields,
    number(
      'replication',
      'replication',
      REPLICATION_FIELD,
      'Replication factor',
      STORAGE_RANGES.replication,
      '3 for three copies; 1.5 for 6+3 erasure coding.',
    ),
    number('vectors', 'n', EMBEDDING_FIELDS.vectors, 'Vectors (N)', EMBEDDING_RANGES.vectors),
    number('dimension', 'd', EMBEDDING_FIELDS.dimension, 'Dimension (d)', EMBEDDING_RANGES.dimension),
    { kind: 'choice', key: 'encoding', param: 'enc', label: 'Encoding', default: 'float16', options: ENCODINGS },
    {
      ...number(
        'pqSubvectors',
        'pqM',
        EMBEDDING_FIELDS.pqSubvectors,
        'PQ sub-vectors (m)',
        EMBEDDING_RANGES.pqSubvectors,
        'One 8-bit code per sub-vector; m must divide d.',
      ),
      boundBy: 'dimension',
      when: { encoding: ['pq'] },
    },
    choice('graph', 'Graph', [
      ['none', 'None (flat or IVF index)'],
      ['hnsw', 'HNSW (M × 2 links × 4 B)'],
    ]),
    {
      ...number('hnswM', 'hnswM', EMBEDDING_FIELDS.hnswM, 'HNSW M', EMBEDDING_RANGES.hnswM, 'Links per element; the base layer keeps 2·M. 16–48 is common.'),
      when: { graph: ['hnsw'] },
    },
    number(
      'workPerRequest',
      'work',
      REPLICA_FIELDS.workPerRequest,
      'Work per request',
      REPLICA_RANGES.workPerRequest,
      'e.g. candidates scored or ANN queries per request; 1 to count whole requests.',
    ),
    number(
      'throughputPerReplica',
      'throughput',
      REPLICA_FIELDS.throughputPerReplica,
      'Throughput per replica (work per second)',
      REPLICA_RANGES.throughputPerReplica,
    ),
    number('utilization', 'util', REPLICA_FIELDS.utilization, 'Target utilization (0–1]', REPLICA_RANGES.utilization),
    number('spares', 'spares', REPLICA_FIELDS.spares, 'Spare replicas k (N+k)', REPLICA_RANGES.spares),
    number('budgetMs', 'budget', LATENCY_FIELDS.budgetMs, 'Latency budget (ms)', LATENCY_RANGES.budgetMs),
    // The stages as JSON [name, ms] pairs: room for every stage with a name of a sentence.
    { kind: 'state', key: 'stages', name: 'Latency stages', default: '[]', maxLength: MAX_STAGES * 100 },
  ],
} as const satisfies CalculatorSpec;
