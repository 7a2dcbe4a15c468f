/**
 * A reproducible synthetic scored sample for teaching ROC and PR curves: the binormal
 * model of scenario.ts (negative scores ~ N(0, 1), positive scores ~ N(d′, 1)), but as
 * n concrete items drawn from a seeded generator, so the same seed always gives the same
 * sample and a shared link shows the same curves.
 *
 * Generator choices:
 * - Uniforms come from mulberry32, a 32-bit generator that is a few lines, fast and good
 *   enough for drawing a sample (not for cryptography or serious simulation).
 * - Normals come from the Box–Muller transform rather than the inverse normal CDF
 *   (`@stdlib/stats-base-dists-normal-quantile`): both are exact, but the stdlib quantile
 *   adds about 30 kB of minified JavaScript (9.5 kB gzipped) to the page while Box–Muller
 *   is three lines of `Math`.
 * - Scores are rounded to 3 decimals. The threshold shown on screen is then exactly the
 *   one applied, and the last-bit differences that ECMAScript allows between engines'
 *   `Math.log`/`Math.cos` cannot change the sample in practice.
 *
 * Draw order (fixed, so other implementations can reproduce a sample): the labels are
 * placed positives-first and shuffled by Fisher–Yates (n − 1 uniforms, i from n − 1 down
 * to 1, j = ⌊u·(i + 1)⌋); then one normal per item, in item order, each Box–Muller pair
 * (u₁, u₂) giving √(−2 ln(1 − u₁))·cos(2πu₂) and then ·sin(2πu₂).
 */
import { InputError } from '../input';
import { finiteNumber } from '../validate';

/** Largest sample the calculators draw: keeps curves, slider and URL responsive. */
export const MAX_SYNTHETIC_SIZE = 20_000;

/** mulberry32: uniform numbers in [0, 1) from a 32-bit seed, deterministic across engines (integer arithmetic only). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws by the Box–Muller transform, using both values of each pair. */
export function normalSampler(uniform: () => number): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const z = spare;
      spare = undefined;
      return z;
    }
    // 1 − u lies in (0, 1], so the logarithm is finite.
    const r = Math.sqrt(-2 * Math.log(1 - uniform()));
    const angle = 2 * Math.PI * uniform();
    spare = r * Math.sin(angle);
    return r * Math.cos(angle);
  };
}

export interface SyntheticSpec {
  /** d′: distance between the positive and negative score means, in standard deviations. */
  separation: number;
  /** Share of positives, in (0, 1); the sample holds exactly round(size·prevalence) positives. */
  prevalence: number;
  /** Number of items, 2 to MAX_SYNTHETIC_SIZE. */
  size: number;
  /** Any whole number; the same seed gives the same sample. */
  seed: number;
}

export interface ScoredSample {
  labels: number[];
  scores: number[];
}

export function checkSyntheticSpec(spec: SyntheticSpec): { positives: number } {
  finiteNumber(spec.separation, 'separation');
  if (Math.abs(spec.separation) > 10) {
    throw new InputError(
      `Separation d′ must lie between −10 and 10 (got ${spec.separation}); beyond about 4 the classes hardly overlap at all.`,
      'separation',
    );
  }
  finiteNumber(spec.prevalence, 'prevalence');
  if (spec.prevalence <= 0 || spec.prevalence >= 1) {
    throw new InputError(`Prevalence is a share of positives, strictly between 0 and 1 (got ${spec.prevalence}).`, 'prevalence');
  }
  finiteNumber(spec.size, 'size');
  if (!Number.isInteger(spec.size) || spec.size < 2 || spec.size > MAX_SYNTHETIC_SIZE) {
    throw new InputError(
      `Sample size must be a whole number from 2 to ${MAX_SYNTHETIC_SIZE.toLocaleString('en-US')} (got ${spec.size}).`,
      'size',
    );
  }
  finiteNumber(spec.seed, 'seed');
  if (!Number.isInteger(spec.seed) || spec.seed < 0 || spec.seed > 0xffffffff) {
    throw new InputError(`Seed must be a whole number from 0 to 4,294,967,295 (got ${spec.seed}).`, 'seed');
  }
  const positives = Math.round(spec.size * spec.prevalence);
  if (positives === 0 || positives === spec.size) {
    const which = positives === 0 ? 'no positives' : 'no negatives';
    throw new InputError(
      `${spec.size} items at prevalence ${spec.prevalence} gives ${which}, and the curves need both classes: raise the sample size or move the prevalence away from ${positives === 0 ? 0 : 1}.`,
      'prevalence',
    );
  }
  return { positives };
}

/** The seed after `seed`, for drawing another sample (non-numbers start again at 1; wraps at 2³²). */
export function nextSeed(seed: string): string {
  return String(((Number.parseInt(seed, 10) || 0) + 1) >>> 0);
}

/** Round to 3 decimals, turning −0 into 0. */
const round3 = (x: number) => Math.round(x * 1000) / 1000 + 0;

/** A binormal sample with exactly round(size·prevalence) positives, in random order. */
export function syntheticSample(spec: SyntheticSpec): ScoredSample {
  const { positives } = checkSyntheticSpec(spec);
  const uniform = mulberry32(spec.seed);
  const labels: number[] = Array.from({ length: spec.size }, (_, i) => (i < positives ? 1 : 0));
  for (let i = labels.length - 1; i > 0; i--) {
    const j = Math.floor(uniform() * (i + 1));
    [labels[i], labels[j]] = [labels[j]!, labels[i]!];
  }
  const normal = normalSampler(uniform);
  const scores = labels.map((y) => round3(normal() + (y === 1 ? spec.separation : 0)));
  return { labels, scores };
}
