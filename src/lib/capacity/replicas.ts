/**
 * Replicas (servers, GPUs, index shards' copies) for a peak load:
 *   needed = ⌈peak load ÷ (throughput per replica × target utilization)⌉, then + k spares (N+k).
 * Peak load is peak QPS × work per request (1 for whole requests; 500 when a ranker
 * scores 500 candidates per request and throughput is measured in candidates per second).
 * Utilization below 1 is deliberate headroom: queueing delay grows sharply as a server
 * approaches full load.
 */
import { checkRange, InputError, type Range } from '../input';
import { count, finiteNumber, nonNegative, positive } from '../validate';
import { finiteResult, num, type Estimate } from './steps';

export const REPLICA_FIELDS = {
  peakQps: 'Peak QPS',
  workPerRequest: 'Work per request',
  throughputPerReplica: 'Throughput per replica',
  utilization: 'Target utilization',
  spares: 'Spare replicas (k)',
} as const;

/** Sensible ranges of the inputs a reader gives (the peak comes from the traffic estimate). */
export const REPLICA_RANGES = {
  // A billion units of work (candidates, tokens) per request.
  workPerRequest: { min: 0, max: 1e9, minExclusive: true },
  // A trillion units of work a second from one replica.
  throughputPerReplica: { min: 0, max: 1e12, minExclusive: true },
  utilization: { min: 0, max: 1, minExclusive: true },
  spares: { min: 0, max: 100_000, integer: true },
} as const satisfies Record<Exclude<keyof typeof REPLICA_FIELDS, 'peakQps'>, Range>;

export interface ReplicaInput {
  peakQps: number;
  /** Units of work each request needs (default 1); throughput is in the same units per second. */
  workPerRequest?: number | undefined;
  /** Units of work one replica sustains per second, measured at acceptable latency. */
  throughputPerReplica: number;
  /** Share of that throughput you plan to use, in (0, 1]. */
  utilization: number;
  /** Extra replicas for failures and deploys (the k of N+k); default 0. */
  spares?: number | undefined;
}

export interface ReplicaResult {
  /** Peak work per second. */
  load: number;
  /** Throughput × utilization. */
  capacityPerReplica: number;
  /** Replicas to carry the peak, before spares. */
  needed: number;
  /** The k of N+k. */
  spares: number;
  total: number;
}

/** Relative tolerance for "the division came out whole": far below any real input's precision. */
export const WHOLE_TOLERANCE = 1e-9;

/**
 * Smallest whole n with n × capacity ≥ load, without charging a replica for
 * floating-point noise: 9 ÷ (3 × 0.3) evaluates to 10.000000000000002 in binary floating
 * point, and the answer must be 10, not 11.
 */
function minimalReplicas(load: number, capacity: number): number {
  const ratio = load / capacity;
  const nearest = Math.round(ratio);
  const n = Math.abs(ratio - nearest) <= WHOLE_TOLERANCE * ratio ? nearest : Math.ceil(ratio);
  // Any load at all needs a replica, even one so small that the division underflows to 0.
  return load > 0 ? Math.max(1, n) : n;
}

export function replicas(input: ReplicaInput): Estimate<ReplicaResult> {
  const f = REPLICA_FIELDS;
  const r = REPLICA_RANGES;
  nonNegative(input.peakQps, 'peakQps', f.peakQps);
  const work = input.workPerRequest ?? 1;
  positive(work, 'workPerRequest', f.workPerRequest, 'each request needs some work');
  checkRange(work, r.workPerRequest, 'workPerRequest', f.workPerRequest);
  positive(input.throughputPerReplica, 'throughputPerReplica', f.throughputPerReplica, 'the load is divided by it');
  checkRange(input.throughputPerReplica, r.throughputPerReplica, 'throughputPerReplica', f.throughputPerReplica);
  finiteNumber(input.utilization, 'utilization', f.utilization);
  if (input.utilization <= 0 || input.utilization > 1) {
    throw new InputError(
      `${f.utilization} must be greater than 0 and at most 1 (got ${input.utilization}): it is the share of each replica's throughput you plan to use, e.g. 0.6 for 60%.`,
      'utilization',
    );
  }
  const spares = count(input.spares ?? 0, 'spares', f.spares);
  checkRange(spares, r.spares, 'spares', f.spares);

  const load = finiteResult(input.peakQps * work, 'The peak load');
  const capacityPerReplica = input.throughputPerReplica * input.utilization;
  const needed = finiteResult(minimalReplicas(load, capacityPerReplica), 'The replica count');
  const total = finiteResult(needed + spares, 'The replica count');
  return {
    value: { load, capacityPerReplica, needed, spares, total },
    steps: [
      {
        id: 'replicas-load',
        label: 'Peak load',
        expression: `${num(input.peakQps)} requests/s × ${num(work)} per request`,
        value: load,
        unit: 'per second',
      },
      {
        id: 'replicas-capacity',
        label: 'Usable throughput per replica',
        expression: `${num(input.throughputPerReplica)} /s × ${num(input.utilization)} utilization`,
        value: capacityPerReplica,
        unit: 'per second',
      },
      {
        id: 'replicas-needed',
        label: 'Replicas for the peak',
        expression: `⌈${num(load)} ÷ ${num(capacityPerReplica)}⌉ = ⌈${num(load / capacityPerReplica)}⌉`,
        value: needed,
        unit: 'replicas',
      },
      {
        id: 'replicas-total',
        label: `With N+${spares} redundancy`,
        expression: `${num(needed)} + ${num(spares)} spare${spares === 1 ? '' : 's'}`,
        value: total,
        unit: 'replicas',
      },
    ],
  };
}
