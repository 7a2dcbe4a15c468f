/**
 * What each serving pattern is for and what it costs, and the chapter section that explains
 * it (the serving chapter, or its companions on retrieval and on rollouts and monitoring).
 * The serving chapter's pattern table pairs these rows with the case studies whose
 * `servingPatterns` metadata names the pattern; keyed by the schema's enum, so a new pattern
 * cannot be added to the schema without a row here.
 */
import type { ServingPattern } from './page-metadata';

/** The chapters that explain the patterns (docs entry ids). */
export const PATTERN_CHAPTERS = ['serving', 'retrieval', 'rollouts-and-monitoring'] as const;
export type PatternChapter = (typeof PATTERN_CHAPTERS)[number];

export interface ServingPatternRow {
  /** The pattern's name as the table shows it. */
  name: string;
  /** The chapter that explains it. */
  chapter: PatternChapter;
  /** Heading slug in that chapter (checked by serving-patterns.test.ts). */
  section: string;
  /** When to reach for it. */
  when: string;
  /** What it costs. */
  cost: string;
}

export const SERVING_PATTERN_ROWS: Record<ServingPattern, ServingPatternRow> = {
  'batch-prediction': {
    name: 'Batch prediction',
    chapter: 'serving',
    section: 'batch-online-and-streaming-prediction',
    when: 'outputs change slowly and the population is known in advance',
    cost: 'staleness, scoring people who never show up',
  },
  'streaming-features': {
    name: 'Streaming features',
    chapter: 'serving',
    section: 'batch-online-and-streaming-prediction',
    when: 'the model must react to what happened minutes ago',
    cost: 'stream infrastructure, lag monitoring',
  },
  'online-prediction': {
    name: 'Online prediction',
    chapter: 'serving',
    section: 'batch-online-and-streaming-prediction',
    when: 'the input exists only at request time',
    cost: 'peak provisioning, tail latency',
  },
  'multi-stage-funnel': {
    name: 'Multi-stage funnel',
    chapter: 'retrieval',
    section: 'the-multi-stage-funnel',
    when: 'the corpus is far larger than a good model can score per request',
    cost: 'more models to train and keep consistent',
  },
  'ann-index': {
    name: 'ANN index',
    chapter: 'retrieval',
    section: 'approximate-nearest-neighbor-search',
    when: 'embedding retrieval over millions of items (below that, an exact scan may do)',
    cost: 'memory, index builds, recall loss',
  },
  'feature-store': {
    name: 'Feature store',
    chapter: 'serving',
    section: 'feature-stores-and-trainingserving-skew',
    when: 'more than one model or team, or any online features',
    cost: 'platform effort',
  },
  caching: {
    name: 'Caching and precomputation',
    chapter: 'serving',
    section: 'caching-and-precomputation',
    when: 'the request path repeats work',
    cost: 'staleness, invalidation bugs',
  },
  compression: {
    name: 'Compression',
    chapter: 'serving',
    section: 'model-compression',
    when: 'a stage is over its latency or memory budget',
    cost: 'small quality loss, calibration drift',
  },
  'dynamic-batching': {
    name: 'Dynamic or continuous batching',
    chapter: 'serving',
    section: 'hardware-and-batching-for-gpu-inference',
    when: 'models served on GPUs, LLMs included',
    cost: 'queueing delay',
  },
  'staged-rollout': {
    name: 'Staged rollout with rollback',
    chapter: 'rollouts-and-monitoring',
    section: 'rollout-strategies',
    when: 'every model change',
    cost: 'time, shadow compute',
  },
  'drift-monitoring': {
    name: 'Drift monitoring',
    chapter: 'rollouts-and-monitoring',
    section: 'monitoring',
    when: 'every model',
    cost: 'dashboards, on-call',
  },
  'exploration-debiasing': {
    name: 'Exploration and debiasing',
    chapter: 'rollouts-and-monitoring',
    section: 'feedback-loops-and-exploration',
    when: 'the system trains on the outcomes of its own choices',
    cost: 'short-term engagement',
  },
};

/**
 * The case studies that use any of the given patterns, in the order given: what a
 * "Case studies that use …" note and a row of the pattern table list.
 */
export function studiesUsing<E extends { data: { caseStudy: { servingPatterns: readonly ServingPattern[] } } }>(
  studies: readonly E[],
  patterns: readonly ServingPattern[],
): E[] {
  return studies.filter((entry) => entry.data.caseStudy.servingPatterns.some((p) => patterns.includes(p)));
}
