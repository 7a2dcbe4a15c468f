/**
 * CUPED variance reduction (Deng, Xu, Kohavi & Walker, WSDM 2013): adjust each unit's
 * experiment metric Y by a pre-experiment covariate X, Y − θ(X − mean X), with
 * θ = cov(Y, X) / var(X), the value that minimizes var(Y − θX). The adjusted metric has
 * variance (1 − ρ²)·var(Y), so a test needs (1 − ρ²) times the units for the same power.
 * Pure functions, no DOM; bad input is a InputError naming the field.
 */
import { InputError } from '../input';
import { finiteList, sameLength } from '../validate-lists';

const mean = (v: readonly number[]): number => v.reduce((s, a) => s + a, 0) / v.length;

/**
 * Checks a metric and covariate pair and returns their means, var(X) and cov(Y, X), both
 * divided by n (θ is a ratio of the two, so the normalization cancels).
 */
function moments(y: readonly number[], x: readonly number[]) {
  finiteList(y, 'y');
  finiteList(x, 'x');
  sameLength(y, x, 'y', 'x');
  const my = mean(y);
  const mx = mean(x);
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = x[i]! - mx;
    sxx += dx * dx;
    sxy += dx * (y[i]! - my);
  }
  // Relative test: a covariate like 1e9 + tiny noise is as useless as a constant one.
  const scale = Math.max(1, mx * mx);
  if (sxx / x.length <= scale * 1e-24) {
    throw new InputError(
      'x has zero variance: every pre-experiment value is the same, so it cannot explain any of the variation in y. Use a covariate that differs between units.',
      'x',
    );
  }
  return { mx, varX: sxx / x.length, covYX: sxy / x.length };
}

/** θ = cov(Y, X) / var(X): the coefficient that minimizes var(Y − θX). */
export function cupedTheta(y: readonly number[], x: readonly number[]): number {
  const { varX, covYX } = moments(y, x);
  return covYX / varX;
}

/**
 * The CUPED-adjusted metric Y − θ(X − mean X), one value per unit. Centering X keeps the
 * mean of the adjusted values equal to the mean of Y, so the estimated effect is unbiased.
 */
export function cupedAdjusted(y: readonly number[], x: readonly number[]): number[] {
  const { mx, varX, covYX } = moments(y, x);
  const theta = covYX / varX;
  return y.map((yi, i) => yi - theta * (x[i]! - mx));
}

// The sample-size formula lives on its own, so the A/B planner ships it without the list checks above.
export { cupedSampleSize } from './cuped-size';
