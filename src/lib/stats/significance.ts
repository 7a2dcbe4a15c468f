/**
 * Reading an A/B test on a conversion rate: the two-proportion z-test and the
 * sample-ratio-mismatch (SRM) check of the traffic split.
 */
import { chiSquare1Sf, normalCdf, normalQuantile } from './normal';
import { checkRange, InputError } from '../input';
import { count, finiteNumber } from '../validate';
import { checkAlpha, USERS_RANGE } from './ranges';


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
  count(arm.users, `${name}.users`, `${label} users`);
  if (arm.users === 0) throw new InputError(`${label} has 0 users: each arm needs at least one user.`, `${name}.users`);
  checkRange(arm.users, USERS_RANGE, `${name}.users`, `${label} users`);
  count(arm.conversions, `${name}.conversions`, `${label} conversions`);
  if (arm.conversions > arm.users) {
    throw new InputError(
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
  checkAlpha(alpha);
  if (a.conversions === 0) {
    throw new InputError(
      'Arm A has 0 conversions: the relative lift is undefined and the normal approximation behind the z-test does not hold. Use Fisher\'s exact test on the four counts, or collect more data.',
      'a.conversions',
    );
  }
  const pooled = (a.conversions + b.conversions) / (a.users + b.users);
  if (pooled === 1) {
    throw new InputError('Every user in both arms converted: there is no variation to test.', 'b.conversions');
  }
  const pa = a.conversions / a.users;
  const pb = b.conversions / b.users;
  const diff = pb - pa;
  const sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / a.users + 1 / b.users));
  const zScore = diff / sePooled;
  const pValue = Math.min(1, 2 * normalCdf(-Math.abs(zScore)));
  const seWald = Math.sqrt((pa * (1 - pa)) / a.users + (pb * (1 - pb)) / b.users);
  const half = normalQuantile(1 - alpha / 2) * seWald;
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
 * Sample ratio mismatch of a two-group split: Pearson chi-square goodness of fit of the
 * observed user counts against total × expected share. With two groups it has one degree
 * of freedom, so p = P(χ²₁ ≥ χ²) = 2(1 − Φ(√χ²)).
 */
export function sampleRatioMismatch(observed: readonly number[], expectedShares: readonly number[]): SrmResult {
  if (!Array.isArray(observed) || observed.length === 0) {
    throw new InputError('The observed counts are empty: give one user count per group.', 'observed');
  }
  if (!Array.isArray(expectedShares) || expectedShares.length === 0) {
    throw new InputError('The expected shares are empty: give one share per group.', 'expectedShares');
  }
  if (observed.length !== expectedShares.length) {
    throw new InputError(
      `There are ${observed.length} observed counts but ${expectedShares.length} expected shares: give one share per group.`,
      'expectedShares',
    );
  }
  if (observed.length < 2) {
    throw new InputError('A split needs at least two groups to compare.', 'observed');
  }
  if (observed.length > 2) {
    throw new InputError(
      `This check compares two groups, control and treatment (got ${observed.length}): for more, use a chi-square test with one degree of freedom fewer than groups.`,
      'observed',
    );
  }
  observed.forEach((o, i) => count(o, 'observed', `Observed count ${i + 1}`));
  expectedShares.forEach((s, i) => {
    finiteNumber(s, 'expectedShares', `Expected share ${i + 1}`);
    if (s <= 0) throw new InputError(`Expected share ${i + 1} is ${s}: every share must be more than 0.`, 'expectedShares');
  });
  const shareSum = expectedShares.reduce((t, s) => t + s, 0);
  if (Math.abs(shareSum - 1) > 1e-9) {
    throw new InputError(`The expected shares add up to ${shareSum}, not 1: they must sum to 1 (e.g. 0.5 and 0.5).`, 'expectedShares');
  }
  const total = observed.reduce((t, o) => t + o, 0);
  if (total === 0) throw new InputError('Every observed count is 0: there is no split to check.', 'observed');
  let chiSquare = 0;
  observed.forEach((o, i) => {
    const expected = total * expectedShares[i]!;
    chiSquare += ((o - expected) * (o - expected)) / expected;
  });
  const pValue = chiSquare1Sf(chiSquare);
  return { chiSquare, pValue, mismatch: pValue < SRM_ALPHA };
}
