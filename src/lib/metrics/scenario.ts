/**
 * A "binormal" scenario for teaching thresholds: positive scores ~ N(d, 1), negative
 * scores ~ N(0, 1), a share `prevalence` of positives in a population. Moving the
 * threshold trades recall for false positives exactly as a real model does, and the
 * separation d fixes the ROC-AUC at Φ(d / √2).
 */
import { normalCdf } from '../stats/normal';
import type { Confusion } from './classification';
import { InputError } from '../input';
import { finiteNumber, positiveInteger } from '../validate';

export interface BinormalScenario {
  /** Share of positives, in (0, 1). */
  prevalence: number;
  /** Distance between the two score means in standard deviations (d′), ≥ 0. */
  separation: number;
  /** Items scoring at or above the threshold are flagged positive. */
  threshold: number;
  /** Number of items; counts are rounded to whole items. */
  population: number;
}

export function checkScenario(s: BinormalScenario): void {
  finiteNumber(s.prevalence, 'prevalence');
  if (s.prevalence <= 0 || s.prevalence >= 1) {
    throw new InputError(`Prevalence is a share of positives, strictly between 0 and 1 (got ${s.prevalence}).`, 'prevalence');
  }
  finiteNumber(s.separation, 'separation');
  if (s.separation < 0) throw new InputError(`Separation must be 0 or more (got ${s.separation}).`, 'separation');
  finiteNumber(s.threshold, 'threshold');
  positiveInteger(s.population, 'population');
}

/** Expected confusion matrix at the threshold, rounded to whole items. */
export function binormalConfusion(s: BinormalScenario): Confusion {
  checkScenario(s);
  const positives = Math.round(s.population * s.prevalence);
  const negatives = s.population - positives;
  const tp = Math.round(positives * (1 - normalCdf(s.threshold - s.separation)));
  const fp = Math.round(negatives * (1 - normalCdf(s.threshold)));
  return { tp, fp, fn: positives - tp, tn: negatives - fp };
}

/** ROC-AUC of the scenario: P(positive score > negative score) = Φ(d / √2). */
export function binormalAuc(separation: number): number {
  finiteNumber(separation, 'separation');
  return normalCdf(separation / Math.SQRT2);
}
