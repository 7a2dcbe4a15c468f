/**
 * Threshold curves and probability metrics for binary labels (0/1) and real-valued scores.
 *
 * ROC-AUC and average precision follow scikit-learn's `roc_auc_score` and
 * `average_precision_score` exactly, including ties: items with equal scores share one
 * threshold, so a tie between a positive and a negative counts as half a correct pair.
 */
import { InputError } from '../input';
import { finiteNumber } from '../validate';
import { binaryLabels, bothClasses, finiteList, probabilities, sameLength } from '../validate-lists';

export interface ThresholdCounts {
  /** Distinct scores, descending. */
  thresholds: number[];
  /** Cumulative true positives at or above each threshold. */
  tps: number[];
  /** Cumulative false positives at or above each threshold. */
  fps: number[];
}

function checkScored(labels: readonly number[], scores: readonly number[], metric: string): void {
  binaryLabels(labels);
  finiteList(scores, 'scores');
  sameLength(labels, scores, 'labels', 'scores');
  bothClasses(labels, metric);
}

/** Cumulative counts at each distinct score, from the highest score down (sklearn's _binary_clf_curve). */
export function thresholdCounts(labels: readonly number[], scores: readonly number[]): ThresholdCounts {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const thresholds: number[] = [];
  const tps: number[] = [];
  const fps: number[] = [];
  let tp = 0;
  let fp = 0;
  order.forEach((idx, pos) => {
    if (labels[idx] === 1) tp += 1;
    else fp += 1;
    const next = order[pos + 1];
    if (next === undefined || scores[next] !== scores[idx]) {
      thresholds.push(scores[idx]!);
      tps.push(tp);
      fps.push(fp);
    }
  });
  return { thresholds, tps, fps };
}

/**
 * ROC curve: false and true positive rates at every distinct score, starting from
 * (0, 0) at threshold +Infinity (nothing flagged) and ending at (1, 1).
 */
export function rocCurve(labels: readonly number[], scores: readonly number[]): { fpr: number[]; tpr: number[]; thresholds: number[] } {
  checkScored(labels, scores, 'The ROC curve');
  const { thresholds, tps, fps } = thresholdCounts(labels, scores);
  const P = tps.at(-1)!;
  const N = fps.at(-1)!;
  return {
    fpr: [0, ...fps.map((f) => f / N)],
    tpr: [0, ...tps.map((t) => t / P)],
    thresholds: [Number.POSITIVE_INFINITY, ...thresholds],
  };
}

/** Area under the ROC curve by the trapezoidal rule: the probability that a random positive outscores a random negative, ties counting half. */
export function rocAuc(labels: readonly number[], scores: readonly number[]): number {
  const { fpr, tpr } = rocCurve(labels, scores);
  let area = 0;
  for (let i = 1; i < fpr.length; i++) area += ((fpr[i]! - fpr[i - 1]!) * (tpr[i]! + tpr[i - 1]!)) / 2;
  return area;
}

/**
 * Precision–recall curve in scikit-learn's order: thresholds ascending, and a final
 * point (precision 1, recall 0) that has no threshold.
 */
export function precisionRecallCurve(
  labels: readonly number[],
  scores: readonly number[],
): { precision: number[]; recall: number[]; thresholds: number[] } {
  checkScored(labels, scores, 'The precision–recall curve');
  const { thresholds, tps, fps } = thresholdCounts(labels, scores);
  const P = tps.at(-1)!;
  const precision = tps.map((t, i) => t / (t + fps[i]!));
  const recall = tps.map((t) => t / P);
  return {
    precision: [...precision.reverse(), 1],
    recall: [...recall.reverse(), 0],
    thresholds: [...thresholds].reverse(),
  };
}

/** Average precision, AP = Σₙ (Rₙ − Rₙ₋₁)·Pₙ over the thresholds (no interpolation), as scikit-learn computes it. */
export function averagePrecision(labels: readonly number[], scores: readonly number[]): number {
  checkScored(labels, scores, 'Average precision');
  const { tps, fps } = thresholdCounts(labels, scores);
  const P = tps.at(-1)!;
  let ap = 0;
  let prevTp = 0;
  tps.forEach((t, i) => {
    ap += ((t - prevTp) / P) * (t / (t + fps[i]!));
    prevTp = t;
  });
  return ap;
}

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
