/**
 * CUPED variance reduction (Deng, Xu, Kohavi & Walker, WSDM 2013): adjust each unit's
 * experiment metric Y by a pre-experiment covariate X, Y − θ(X − mean X), with
 * θ = cov(Y, X) / var(X), the value that minimizes var(Y − θX). The adjusted metric has
 * variance (1 − ρ²)·var(Y), so a test needs (1 − ρ²) times the units for the same power.
 * Pure functions, no DOM; bad input is a InputError naming the field.
 */
import { InputError } from '../input';
import { finiteNumber } from '../validate';
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

/**
 * Units needed with CUPED, given the units needed without it and the correlation ρ between
 * the metric and its pre-experiment covariate: ceil(n·(1 − ρ²)). ρ = ±1 would remove all
 * variance and gives 0.
 */
export function cupedSampleSize(nWithout: number, correlation: number): number {
  finiteNumber(nWithout, 'nWithout', 'The sample size without CUPED');
  if (nWithout <= 0) {
    throw new InputError(`The sample size without CUPED must be more than 0 (got ${nWithout}).`, 'nWithout');
  }
  finiteNumber(correlation, 'correlation', 'The correlation ρ');
  if (correlation < -1 || correlation > 1) {
    throw new InputError(
      `The correlation ρ must lie between −1 and 1 (got ${correlation}): it is the correlation between the metric and its pre-experiment value.`,
      'correlation',
    );
  }
  const exact = nWithout * (1 - correlation * correlation);
  // 1000 · (1 − 0.3²) is 909.9999999999999 or 910.0000000000001 in floating point; an
  // answer within a billionth of a whole number is that number, not the next one up.
  const nearest = Math.round(exact);
  return Math.abs(exact - nearest) <= 1e-9 * Math.max(1, nearest) ? nearest : Math.ceil(exact);
}
