/**
 * Threshold curves for binary labels (0/1) and real-valued scores (probability metrics: ./probability).
 *
 * ROC-AUC and average precision follow scikit-learn's `roc_auc_score` and
 * `average_precision_score` exactly, including ties: items with equal scores share one
 * threshold, so a tie between a positive and a negative counts as half a correct pair.
 */
import { binaryLabels, bothClasses, finiteList, sameLength } from '../validate-lists';

export interface ThresholdCounts {
  /** Distinct scores, descending. */
  thresholds: number[];
  /** Cumulative true positives at or above each threshold. */
  tps: number[];
  /** Cumulative false positives at or above each threshold. */
  fps: number[];
}

/** Labels of 0 or 1, finite scores, one score per label: what every threshold sweep reads. */
export function checkScoredRows(labels: readonly number[], scores: readonly number[]): void {
  binaryLabels(labels);
  finiteList(scores, 'scores');
  sameLength(labels, scores, 'labels', 'scores');
}

function checkScored(labels: readonly number[], scores: readonly number[], metric: string): void {
  checkScoredRows(labels, scores);
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
