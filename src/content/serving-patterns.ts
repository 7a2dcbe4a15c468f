/**
 * What each serving pattern is for and what it costs, and the section of the serving
 * chapter that explains it. The chapter's pattern table pairs these rows with the case
 * studies whose `servingPatterns` metadata names the pattern; keyed by the schema's enum,
 * so a new pattern cannot be added to the schema without a row here.
 */
import type { ServingPattern } from './page-metadata';

export interface ServingPatternRow {
  /** The pattern's name as the table shows it. */
  name: string;
  /** Heading slug in serving.mdx (checked by serving-patterns.test.ts). */
  section: string;
  /** When to reach for it. */
  when: string;
  /** What it costs. */
  cost: string;
}

export const SERVING_PATTERN_ROWS: Record<ServingPattern, ServingPatternRow> = {
  'batch-prediction': {
    name: 'Batch prediction',
    section: 'batch-online-and-streaming-prediction',
    when: 'outputs change slowly and the population is known in advance',
    cost: 'staleness, scoring people who never show up',
  },
  'streaming-features': {
    name: 'Streaming features',
    section: 'batch-online-and-streaming-prediction',
    when: 'the model must react to what happened minutes ago',
    cost: 'stream infrastructure, lag monitoring',
  },
  'online-prediction': {
    name: 'Online prediction',
    section: 'batch-online-and-streaming-prediction',
    when: 'the input exists only at request time',
    cost: 'peak provisioning, tail latency',
  },
  'multi-stage-funnel': {
    name: 'Multi-stage funnel',
    section: 'the-multi-stage-funnel',
    when: 'the corpus is far larger than a good model can score per request',
    cost: 'more models to train and keep consistent',
  },
  'ann-index': {
    name: 'ANN index',
    section: 'approximate-nearest-neighbor-search',
    when: 'embedding retrieval over millions of items (below that, an exact scan may do)',
    cost: 'memory, index builds, recall loss',
  },
  'feature-store': {
    name: 'Feature store',
    section: 'feature-stores-and-trainingserving-skew',
    when: 'more than one model or team, or any online features',
    cost: 'platform effort',
  },
  caching: {
    name: 'Caching and precomputation',
    section: 'caching-and-precomputation',
    when: 'the request path repeats work',
    cost: 'staleness, invalidation bugs',
  },
  compression: {
    name: 'Compression',
    section: 'model-compression',
    when: 'a stage is over its latency or memory budget',
    cost: 'small quality loss, calibration drift',
  },
  'dynamic-batching': {
    name: 'Dynamic or continuous batching',
    section: 'hardware-and-batching-for-gpu-inference',
    when: 'models served on GPUs, LLMs included',
    cost: 'queueing delay',
  },
  'staged-rollout': {
    name: 'Staged rollout with rollback',
    section: 'rollout-strategies',
    when: 'every model change',
    cost: 'time, shadow compute',
  },
  'drift-monitoring': {
    name: 'Drift monitoring',
    section: 'monitoring',
    when: 'every model',
    cost: 'dashboards, on-call',
  },
  'exploration-debiasing': {
    name: 'Exploration and debiasing',
    section: 'feedback-loops-and-exploration',
    when: 'the system trains on the outcomes of its own choices',
    cost: 'short-term engagement',
  },
};
