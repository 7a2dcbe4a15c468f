/**
 * CUPED's effect on sample size (Deng, Xu, Kohavi & Walker, WSDM 2013): the adjusted metric
 * has (1 − ρ²) of the variance, so a test needs (1 − ρ²) times the units for the same power.
 * Apart from cuped.ts, which re-exports it, so the A/B planner's island does not load the
 * list checks θ needs.
 */
import { InputError } from '../input';
import { finiteNumber } from '../validate';

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
