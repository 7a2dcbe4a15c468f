/**
 * Planning an A/B test on a conversion rate: users per variant and days to enrol them.
 * Kept apart from the significance tests, so the planner ships only what it uses.
 */
import { checkRange, InputError } from '../input';
import { finiteNumber, openUnit } from '../validate';
import { normalQuantile } from './normal';
import { checkAlpha, USERS_RANGE, VARIANTS_RANGE } from './ranges';

const z = normalQuantile;

export interface SampleSizeOptions {
  /** Conversion rate of the control, a proportion in (0, 1). */
  baselineRate: number;
  /** Smallest change worth detecting: a fraction of baselineRate when relative, else in rate units. */
  minDetectableEffect: number;
  /** Default true: 0.02 means "2% of the baseline rate"; false: 0.02 means "2 percentage points". */
  relative?: boolean;
  /** False-positive rate, default 0.05. */
  alpha?: number;
  /** Chance of detecting a true effect of exactly the MDE, default 0.8. */
  power?: number;
  /** Two-sided (default) or one-sided test. */
  sides?: 1 | 2;
}

/**
 * Users per variant for a two-proportion z-test (normal approximation, no continuity
 * correction; the formula behind R's power.prop.test):
 *
 *   n = (z_{1−α/s}·√(2·p̄(1−p̄)) + z_power·√(p₁(1−p₁) + p₂(1−p₂)))² / (p₂ − p₁)²
 *
 * with p̄ = (p₁ + p₂)/2, rounded up to whole users.
 */
export function sampleSizePerVariant(o: SampleSizeOptions): number {
  const { relative = true, alpha = 0.05, power = 0.8, sides = 2 } = o;
  const p1 = openUnit(o.baselineRate, 'baselineRate', 'The baseline rate (a proportion: 0.05 means 5%)');
  finiteNumber(o.minDetectableEffect, 'minDetectableEffect', 'The minimum detectable effect');
  if (o.minDetectableEffect === 0) {
    throw new InputError('The minimum detectable effect is 0: no test can detect a change of nothing. Enter the smallest change worth acting on.', 'minDetectableEffect');
  }
  checkAlpha(alpha);
  openUnit(power, 'power', 'Power (e.g. 0.8)');
  if (power <= alpha) {
    throw new InputError(
      `Power (${power}) must be greater than α (${alpha}): a test rejects with probability α even when there is no effect, so less power than that detects nothing.`,
      'power',
    );
  }
  if (sides !== 1 && sides !== 2) {
    throw new InputError(`A test is one-sided (1) or two-sided (2) (got ${String(sides)}).`, 'sides');
  }
  const p2 = relative ? p1 * (1 + o.minDetectableEffect) : p1 + o.minDetectableEffect;
  if (!(p2 > 0 && p2 < 1)) {
    const how = relative ? `${p1} × (1 + ${o.minDetectableEffect})` : `${p1} + ${o.minDetectableEffect}`;
    throw new InputError(
      `The treatment rate this effect implies, ${how} = ${Number(p2.toPrecision(12))}, is not strictly between 0 and 1: choose a smaller effect.`,
      'minDetectableEffect',
    );
  }
  const pBar = (p1 + p2) / 2;
  const term = z(1 - alpha / sides) * Math.sqrt(2 * pBar * (1 - pBar)) + z(power) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  // With power far below 0.5 the term can reach 0 or below: then any sample, even one user, has that power.
  const n = term > 0 ? (term * term) / ((p2 - p1) * (p2 - p1)) : 0;
  if (!(n <= Number.MAX_SAFE_INTEGER)) {
    throw new InputError('This effect is so small that no feasible test could detect it (more than 9 quadrillion users per variant): choose a larger effect.', 'minDetectableEffect');
  }
  return Math.max(1, Math.ceil(n));
}

export interface DurationOptions {
  /** Users each variant needs (from sampleSizePerVariant). */
  perVariant: number;
  /** Number of variants including the control, ≥ 2. */
  variants: number;
  /** Eligible users per day. */
  dailyUsers: number;
  /** Share of eligible users put into the test, in (0, 1]; default 1. */
  trafficShare?: number;
}

/** Whole days to enrol perVariant × variants users: ceil(perVariant·variants / (dailyUsers·trafficShare)). */
export function testDurationDays(o: DurationOptions): number {
  const { trafficShare = 1 } = o;
  finiteNumber(o.perVariant, 'perVariant', 'Users per variant');
  if (o.perVariant < 1 || !Number.isInteger(o.perVariant)) {
    throw new InputError(`Users per variant must be a whole number of 1 or more (got ${o.perVariant}).`, 'perVariant');
  }
  finiteNumber(o.variants, 'variants', 'The number of variants');
  if (o.variants < 2 || !Number.isInteger(o.variants)) {
    throw new InputError(`A test needs a whole number of variants, at least 2 (control and one treatment) (got ${o.variants}).`, 'variants');
  }
  checkRange(o.variants, VARIANTS_RANGE, 'variants', 'The number of variants');
  finiteNumber(o.dailyUsers, 'dailyUsers', 'Daily eligible users');
  if (o.dailyUsers <= 0) {
    throw new InputError(`Daily eligible users must be more than 0 (got ${o.dailyUsers}).`, 'dailyUsers');
  }
  if (!Number.isInteger(o.dailyUsers)) {
    throw new InputError(`Daily eligible users must be a whole number of users (got ${o.dailyUsers}).`, 'dailyUsers');
  }
  checkRange(o.dailyUsers, USERS_RANGE, 'dailyUsers', 'Daily eligible users');
  finiteNumber(trafficShare, 'trafficShare', 'The share of traffic in the test');
  if (trafficShare <= 0 || trafficShare > 1) {
    throw new InputError(
      `The share of traffic in the test must be more than 0 and at most 1 (got ${trafficShare}); 0.5 means half of eligible users.`,
      'trafficShare',
    );
  }
  return Math.ceil((o.perVariant * o.variants) / (o.dailyUsers * trafficShare));
}
