/**
 * A/B-test arithmetic for conversion rates: how many users a test needs, how long that
 * takes, whether an observed difference is significant, and whether the traffic split
 * itself went wrong (sample ratio mismatch). Pure functions, no DOM; every input problem
 * is a MetricInputError naming the option it came from.
 *
 * Distributions come from @stdlib (normal quantile/CDF, chi-square CDF), not from
 * hand-written approximations.
 */
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { MetricInputError } from '../metrics/errors';

/** Standard normal quantile z_p. */
const z = (p: number): number => normalQuantile(p, 0, 1);
/** Standard normal CDF Φ(x). */
const phi = (x: number): number => normalCdf(x, 0, 1);

function finite(value: number, field: string, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MetricInputError(`${what} must be a finite number (got ${String(value)}).`, field);
  }
  return value;
}

function openUnit(value: number, field: string, what: string): number {
  finite(value, field, what);
  if (value <= 0 || value >= 1) {
    throw new MetricInputError(`${what} must be strictly between 0 and 1 (got ${value}).`, field);
  }
  return value;
}

function wholeCount(value: number, field: string, what: string): number {
  finite(value, field, what);
  if (value < 0 || !Number.isInteger(value)) {
    throw new MetricInputError(`${what} must be a whole number of 0 or more (got ${value}).`, field);
  }
  return value;
}

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
  finite(o.minDetectableEffect, 'minDetectableEffect', 'The minimum detectable effect');
  if (o.minDetectableEffect === 0) {
    throw new MetricInputError('The minimum detectable effect is 0: no test can detect a change of nothing. Enter the smallest change worth acting on.', 'minDetectableEffect');
  }
  openUnit(alpha, 'alpha', 'α (the false-positive rate, e.g. 0.05)');
  openUnit(power, 'power', 'Power (e.g. 0.8)');
  if (sides !== 1 && sides !== 2) {
    throw new MetricInputError(`A test is one-sided (1) or two-sided (2) (got ${String(sides)}).`, 'sides');
  }
  const p2 = relative ? p1 * (1 + o.minDetectableEffect) : p1 + o.minDetectableEffect;
  if (!(p2 > 0 && p2 < 1)) {
    const how = relative ? `${p1} × (1 + ${o.minDetectableEffect})` : `${p1} + ${o.minDetectableEffect}`;
    throw new MetricInputError(
      `The treatment rate this effect implies, ${how} = ${Number(p2.toPrecision(12))}, is not strictly between 0 and 1: choose a smaller effect.`,
      'minDetectableEffect',
    );
  }
  const pBar = (p1 + p2) / 2;
  const term = z(1 - alpha / sides) * Math.sqrt(2 * pBar * (1 - pBar)) + z(power) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  // With power far below 0.5 the term can reach 0 or below: then any sample, even one user, has that power.
  const n = term > 0 ? (term * term) / ((p2 - p1) * (p2 - p1)) : 0;
  if (!(n <= Number.MAX_SAFE_INTEGER)) {
    throw new MetricInputError('This effect is so small that no feasible test could detect it (more than 9 quadrillion users per variant): choose a larger effect.', 'minDetectableEffect');
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
  finite(o.perVariant, 'perVariant', 'Users per variant');
  if (o.perVariant < 1 || !Number.isInteger(o.perVariant)) {
    throw new MetricInputError(`Users per variant must be a whole number of 1 or more (got ${o.perVariant}).`, 'perVariant');
  }
  finite(o.variants, 'variants', 'The number of variants');
  if (o.variants < 2 || !Number.isInteger(o.variants)) {
    throw new MetricInputError(`A test needs a whole number of variants, at least 2 (control and one treatment) (got ${o.variants}).`, 'variants');
  }
  finite(o.dailyUsers, 'dailyUsers', 'Daily eligible users');
  if (o.dailyUsers <= 0) {
    throw new MetricInputError(`Daily eligible users must be more than 0 (got ${o.dailyUsers}).`, 'dailyUsers');
  }
  finite(trafficShare, 'trafficShare', 'The share of traffic in the test');
  if (trafficShare <= 0 || trafficShare > 1) {
    throw new MetricInputError(
      `The share of traffic in the test must be more than 0 and at most 1 (got ${trafficShare}); 0.5 means half of eligible users.`,
      'trafficShare',
    );
  }
  return Math.ceil((o.perVariant * o.variants) / (o.dailyUsers * trafficShare));
}

export interface Arm {
  conversions: number;
  users: number;
}

export interface ZTestResult {
  /** p_b − p_a. */
  diff: number;
  /** (p_b − p_a) / p_a. */
  relativeLift: number;
  z: number;
  /** Two-sided. */
  pValue: number;
  /** (1 − α) Wald interval for p_b − p_a. */
  ciLow: number;
  ciHigh: number;
  /** pValue < α. */
  significant: boolean;
}

function checkArm(arm: Arm, name: 'a' | 'b'): void {
  const label = `Arm ${name.toUpperCase()}`;
  wholeCount(arm.users, `${name}.users`, `${label} users`);
  if (arm.users === 0) throw new MetricInputError(`${label} has 0 users: each arm needs at least one user.`, `${name}.users`);
  wholeCount(arm.conversions, `${name}.conversions`, `${label} conversions`);
  if (arm.conversions > arm.users) {
    throw new MetricInputError(
      `${label} has more conversions (${arm.conversions}) than users (${arm.users}): count each user at most once.`,
      `${name}.conversions`,
    );
  }
}

/**
 * Two-proportion z-test of arm B against arm A. z and the two-sided p-value use the
 * pooled standard error √(p(1−p)(1/n_a + 1/n_b)) (the null says both rates are equal);
 * the (1 − α) interval for p_b − p_a uses the unpooled Wald standard error
 * √(p_a(1−p_a)/n_a + p_b(1−p_b)/n_b).
 */
export function twoProportionZTest(a: Arm, b: Arm, alpha = 0.05): ZTestResult {
  checkArm(a, 'a');
  checkArm(b, 'b');
  openUnit(alpha, 'alpha', 'α (the false-positive rate, e.g. 0.05)');
  if (a.conversions === 0) {
    throw new MetricInputError(
      'Arm A has 0 conversions: the relative lift is undefined and the normal approximation behind the z-test does not hold. Collect more data.',
      'a.conversions',
    );
  }
  const pooled = (a.conversions + b.conversions) / (a.users + b.users);
  if (pooled === 1) {
    throw new MetricInputError('Every user in both arms converted: there is no variation to test.', 'b.conversions');
  }
  const pa = a.conversions / a.users;
  const pb = b.conversions / b.users;
  const diff = pb - pa;
  const sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / a.users + 1 / b.users));
  const zScore = diff / sePooled;
  const pValue = Math.min(1, 2 * phi(-Math.abs(zScore)));
  const seWald = Math.sqrt((pa * (1 - pa)) / a.users + (pb * (1 - pb)) / b.users);
  const half = z(1 - alpha / 2) * seWald;
  return {
    diff,
    relativeLift: diff / pa,
    z: zScore,
    pValue,
    ciLow: diff - half,
    ciHigh: diff + half,
    significant: pValue < alpha,
  };
}

export interface SrmResult {
  chiSquare: number;
  pValue: number;
  /** p < 0.001: the split differs from the intended one by more than chance explains. */
  mismatch: boolean;
}

/** Threshold below which a sample ratio mismatch is flagged (the customary strict level). */
const SRM_ALPHA = 0.001;

/**
 * Sample ratio mismatch: Pearson chi-square goodness of fit of the observed user counts
 * against total × expected share, with k − 1 degrees of freedom.
 */
export function sampleRatioMismatch(observed: readonly number[], expectedShares: readonly number[]): SrmResult {
  if (!Array.isArray(observed) || observed.length === 0) {
    throw new MetricInputError('The observed counts are empty: give one user count per group.', 'observed');
  }
  if (!Array.isArray(expectedShares) || expectedShares.length === 0) {
    throw new MetricInputError('The expected shares are empty: give one share per group.', 'expectedShares');
  }
  if (observed.length !== expectedShares.length) {
    throw new MetricInputError(
      `There are ${observed.length} observed counts but ${expectedShares.length} expected shares: give one share per group.`,
      'expectedShares',
    );
  }
  if (observed.length < 2) {
    throw new MetricInputError('A split needs at least two groups to compare.', 'observed');
  }
  observed.forEach((o, i) => wholeCount(o, 'observed', `Observed count ${i + 1}`));
  expectedShares.forEach((s, i) => {
    finite(s, 'expectedShares', `Expected share ${i + 1}`);
    if (s <= 0) throw new MetricInputError(`Expected share ${i + 1} is ${s}: every share must be more than 0.`, 'expectedShares');
  });
  const shareSum = expectedShares.reduce((t, s) => t + s, 0);
  if (Math.abs(shareSum - 1) > 1e-9) {
    throw new MetricInputError(`The expected shares add up to ${shareSum}, not 1: they must sum to 1 (e.g. 0.5 and 0.5).`, 'expectedShares');
  }
  const total = observed.reduce((t, o) => t + o, 0);
  if (total === 0) throw new MetricInputError('Every observed count is 0: there is no split to check.', 'observed');
  let chiSquare = 0;
  observed.forEach((o, i) => {
    const expected = total * expectedShares[i]!;
    chiSquare += ((o - expected) * (o - expected)) / expected;
  });
  const pValue = Math.min(1, Math.max(0, 1 - chisquareCdf(chiSquare, observed.length - 1)));
  return { chiSquare, pValue, mismatch: pValue < SRM_ALPHA };
}
