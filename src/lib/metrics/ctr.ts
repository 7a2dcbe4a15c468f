/**
 * Click-through-rate calibration under negative downsampling, built on curves.ts: what a
 * model trained on downsampled data predicts, how far off that is on real traffic, and
 * what `recalibrate` does about it (He et al., "Practical Lessons from Predicting Clicks
 * on Ads at Facebook", ADKDD 2014).
 */
import { calibration, logLoss, normalizedEntropy, recalibrate } from './probability';
import { InputError } from '../input';
import { finiteNumber } from '../validate';

/** Checks a negative sampling rate (share of negatives kept) is in (0, 1]; field `w`. */
export function checkSamplingRate(w: number): number {
  finiteNumber(w, 'w');
  if (w <= 0 || w > 1) {
    throw new InputError(
      `The negative sampling rate w is the share of negatives kept, greater than 0 and at most 1 (got ${w}); w = 1 means no downsampling.`,
      'w',
    );
  }
  return w;
}

function checkRate(c: number): number {
  finiteNumber(c, 'ctr', 'true CTR');
  if (c <= 0 || c >= 1) throw new InputError(`The true CTR must lie strictly between 0 and 1 (got ${c}).`, 'ctr');
  return c;
}

/**
 * Positive rate after keeping every positive and a share w of negatives:
 * p_s = c / (c + (1 − c)·w). It is what a model trained on that data learns to predict
 * on average.
 */
export function downsampledRate(c: number, w: number): number {
  checkRate(c);
  checkSamplingRate(w);
  return c / (c + (1 - c) * w);
}

/**
 * Normalized entropy of predicting the constant p for every item of a population whose
 * true positive rate is c: the expected log loss −[c ln p + (1 − c) ln(1 − p)] divided by
 * the entropy of c. It is 1 exactly when p = c and grows as p moves away from c.
 */
export function constantPredictionNE(c: number, p: number): number {
  checkRate(c);
  finiteNumber(p, 'probability');
  if (p <= 0 || p >= 1) throw new InputError(`A constant prediction must lie strictly between 0 and 1 (got ${p}).`, 'probability');
  const crossEntropy = -(c * Math.log(p) + (1 - c) * Math.log(1 - p));
  const entropy = -(c * Math.log(c) + (1 - c) * Math.log(1 - c));
  return crossEntropy / entropy;
}

export interface DownsamplingScenario {
  /** True CTR c. */
  ctr: number;
  /** Share of negatives kept, w. */
  w: number;
  /** p_s: the CTR of the downsampled training data, which the model learns. */
  trainedRate: number;
  /** p_s / c: calibration (predicted ÷ actual clicks) of raw predictions on real traffic. */
  rawCalibration: number;
  /** 1/w: what rawCalibration approaches as the true CTR goes to 0. */
  lowCtrLimit: number;
  /** recalibrate(p_s, w): back on the true scale, equal to c. */
  recalibratedRate: number;
  /** recalibrate(p_s, w) / c: 1 up to rounding. */
  recalibratedCalibration: number;
  /** NE on real traffic of predicting p_s for every item. */
  rawConstantNE: number;
  /** NE on real traffic of predicting recalibrate(p_s, w) for every item: 1. */
  recalibratedConstantNE: number;
}

export function downsamplingScenario(c: number, w: number): DownsamplingScenario {
  const trainedRate = downsampledRate(c, w);
  const recalibratedRate = recalibrate(trainedRate, w);
  return {
    ctr: c,
    w,
    trainedRate,
    rawCalibration: trainedRate / c,
    lowCtrLimit: 1 / w,
    recalibratedRate,
    recalibratedCalibration: recalibratedRate / c,
    rawConstantNE: constantPredictionNE(c, trainedRate),
    recalibratedConstantNE: constantPredictionNE(c, recalibratedRate),
  };
}

export interface ProbabilityReport {
  logLoss: number;
  normalizedEntropy: number;
  /** Σp / Σy. */
  calibration: number;
  /** Mean prediction, Σp / N. */
  meanPrediction: number;
}

/** Log loss, normalized entropy, calibration and mean prediction of predictions against labels. */
export function probabilityReport(labels: readonly number[], probs: readonly number[]): ProbabilityReport {
  return {
    logLoss: logLoss(labels, probs),
    normalizedEntropy: normalizedEntropy(labels, probs),
    calibration: calibration(labels, probs),
    meanPrediction: probs.reduce((s, p) => s + p, 0) / probs.length,
  };
}

/** `recalibrate` applied to every prediction. */
export function recalibrateAll(probs: readonly number[], w: number): number[] {
  checkSamplingRate(w);
  return probs.map((p) => recalibrate(p, w));
}

/** The numbers in p_s = c / (c + (1 − c)·w), for showing the formula with values substituted. */
export function downsampledRateSteps(c: number, w: number): { c: number; oneMinusC: number; w: number; denominator: number; result: number } {
  const result = downsampledRate(c, w);
  return { c, oneMinusC: 1 - c, w, denominator: c + (1 - c) * w, result };
}

/** The numbers in q = p / (p + (1 − p) / w), for showing the formula with values substituted. */
export function recalibrationSteps(p: number, w: number): { p: number; oneMinusP: number; w: number; denominator: number; result: number } {
  checkSamplingRate(w);
  const result = recalibrate(p, w);
  return { p, oneMinusP: 1 - p, w, denominator: p + (1 - p) / w, result };
}

export interface CalibrationLists {
  w: number;
  before: ProbabilityReport;
  after: ProbabilityReport;
  /** The first prediction, whose recalibration the calculator writes out. */
  firstP: number;
  clicks: number;
  n: number;
  observedCtr: number;
}

/** Probability metrics of the predictions before and after `recalibrate` at rate w. */
export function calibrationLists(labels: readonly number[], probs: readonly number[], w: number): CalibrationLists {
  checkSamplingRate(w);
  const before = probabilityReport(labels, probs);
  const after = probabilityReport(labels, recalibrateAll(probs, w));
  const clicks = labels.reduce((sum, y) => sum + y, 0);
  return { w, before, after, firstP: probs[0]!, clicks, n: labels.length, observedCtr: clicks / labels.length };
}
