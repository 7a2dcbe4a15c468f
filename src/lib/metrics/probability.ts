/**
 * Metrics of predicted probabilities against labels: log loss, normalized entropy and
 * calibration, and the recalibration that undoes negative downsampling. Kept apart from
 * the ranking curves (./curves) so each calculator ships only the metrics it shows.
 */
import { InputError } from '../input';
import { finiteNumber } from '../validate';
import { binaryLabels, probabilities, sameLength } from '../validate-lists';

function checkProbabilities(labels: readonly number[], probs: readonly number[]): void {
  binaryLabels(labels);
  probabilities(probs);
  sameLength(labels, probs, 'labels', 'probabilities');
}

/** Mean binary cross-entropy in nats: −(1/N) Σ [y ln p + (1 − y) ln(1 − p)]. */
export function logLoss(labels: readonly number[], probs: readonly number[]): number {
  checkProbabilities(labels, probs);
  let total = 0;
  labels.forEach((y, i) => {
    const p = probs[i]!;
    const likelihood = y === 1 ? p : 1 - p;
    if (likelihood === 0) {
      throw new InputError(
        `probabilities: item ${i + 1} is ${p} for a label of ${y}, which makes log loss infinite. Clip predictions away from exactly 0 and 1 (e.g. to [1e-15, 1 − 1e-15]).`,
        'probabilities',
      );
    }
    total -= Math.log(likelihood);
  });
  return total / labels.length;
}

/** Entropy in nats of a Bernoulli(p) variable. */
function bernoulliEntropy(p: number): number {
  return -(p * Math.log(p) + (1 - p) * Math.log(1 - p));
}

/**
 * Normalized entropy (He et al., ADKDD 2014): log loss divided by the entropy of the
 * empirical positive rate, i.e. by the log loss of always predicting that rate. Below 1
 * means the model beats the base rate; lower is better.
 */
export function normalizedEntropy(labels: readonly number[], probs: readonly number[]): number {
  const loss = logLoss(labels, probs);
  const rate = labels.reduce((s, y) => s + y, 0) / labels.length;
  if (rate === 0 || rate === 1) {
    throw new InputError(
      `Normalized entropy is undefined when the positive rate is ${rate}: the background entropy is 0. The labels need both 0s and 1s.`,
      'labels',
    );
  }
  return loss / bernoulliEntropy(rate);
}

/** Calibration as expected ÷ observed positives, Σp / Σy. 1 is calibrated in aggregate; above 1 over-predicts. */
export function calibration(labels: readonly number[], probs: readonly number[]): number {
  checkProbabilities(labels, probs);
  const observed = labels.reduce((s, y) => s + y, 0);
  if (observed === 0) {
    throw new InputError('Calibration (Σp ÷ Σy) is undefined with no positive labels: add at least one 1.', 'labels');
  }
  return probs.reduce((s, p) => s + p, 0) / observed;
}

/**
 * Maps a probability learned on data whose negatives were kept at rate w (0 < w ≤ 1)
 * back to the true scale: q = p / (p + (1 − p) / w). With w = 1 nothing changes.
 */
export function recalibrate(p: number, negativeSamplingRate: number): number {
  finiteNumber(p, 'probability');
  finiteNumber(negativeSamplingRate, 'negativeSamplingRate', 'negative sampling rate');
  if (p < 0 || p > 1) throw new InputError(`The probability must lie between 0 and 1 (got ${p}).`, 'probability');
  if (negativeSamplingRate <= 0 || negativeSamplingRate > 1) {
    throw new InputError(
      `The negative sampling rate is the share of negatives kept, in (0, 1] (got ${negativeSamplingRate}).`,
      'negativeSamplingRate',
    );
  }
  if (p === 0) return 0;
  return p / (p + (1 - p) / negativeSamplingRate);
}
