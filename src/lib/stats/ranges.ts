/**
 * Sensible ranges shared by the A/B-test modules (documented here, enforced by the
 * functions that take the inputs, and tested beside them).
 */
import { checkRange, type Range } from '../input';
import { openUnit } from '../validate';

/**
 * α: a false-positive rate above one half would reject a true null more often than not,
 * which no test is designed for; 0.05, 0.01 and 0.1 are the usual choices.
 */
export const ALPHA_RANGE: Range = { min: 0, max: 0.5, minExclusive: true };

/** Users in an arm, or eligible a day: more than everyone on Earth is a typo. */
export const USERS_RANGE: Range = { min: 0, max: 10_000_000_000, integer: true };

/** A test's variants, the control included: beyond 20 each arm is too thin to compare. */
export const VARIANTS_RANGE: Range = { min: 2, max: 20, integer: true };

/**
 * CUPED's ρ, the correlation between the metric and its pre-experiment covariate, as the
 * planner takes it: 0 (no covariate, a plain test) up to, not including, 1 (a covariate that
 * predicts the metric exactly, which would leave no variance to test against).
 */
export const CORRELATION_RANGE: Range = { min: 0, max: 1, maxExclusive: true };

const ALPHA_NAME = 'α (the false-positive rate, e.g. 0.05)';

/** Checks α: a proportion first (the message every reader expects), then the sensible range. */
export function checkAlpha(alpha: number): number {
  openUnit(alpha, 'alpha', ALPHA_NAME);
  return checkRange(alpha, ALPHA_RANGE, 'alpha', ALPHA_NAME);
}
