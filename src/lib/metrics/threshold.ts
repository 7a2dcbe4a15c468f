/**
 * Operating points of a scored sample: the confusion matrix at every distinct score used
 * as a threshold (score ≥ threshold is flagged positive, as in scikit-learn), plus the
 * helpers a threshold explorer needs to pick one and draw the curves through them.
 */
import { classificationMetrics, type Confusion } from './classification';
import { thresholdCounts } from './curves';
import { bothClasses, binaryLabels, finiteList, sameLength } from '../validate-lists';

export interface OperatingPoint extends Confusion {
  /** Items scoring at or above this are flagged positive. */
  threshold: number;
}

/** One point per distinct score, thresholds ascending (the first flags every item). */
export function operatingPoints(labels: readonly number[], scores: readonly number[]): OperatingPoint[] {
  binaryLabels(labels);
  finiteList(scores, 'scores');
  sameLength(labels, scores, 'labels', 'scores');
  bothClasses(labels, 'A threshold sweep');
  const { thresholds, tps, fps } = thresholdCounts(labels, scores);
  const positives = tps.at(-1)!;
  const negatives = fps.at(-1)!;
  return thresholds
    .map((threshold, i) => ({ threshold, tp: tps[i]!, fp: fps[i]!, fn: positives - tps[i]!, tn: negatives - fps[i]! }))
    .reverse();
}

/** Index of the threshold closest to `t` in an ascending list (the lower one on an exact tie). */
export function nearestThresholdIndex(points: readonly OperatingPoint[], t: number): number {
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.threshold < t) lo = mid + 1;
    else hi = mid;
  }
  // lo is the first threshold ≥ t (or the last one); the one below may be closer.
  if (lo > 0 && t - points[lo - 1]!.threshold <= points[lo]!.threshold - t) return lo - 1;
  return lo;
}

/** Index of the point with the highest F1; on a tie, the highest threshold (fewest items flagged). */
export function bestF1Index(points: readonly OperatingPoint[]): number {
  let best = 0;
  let bestF1 = -1;
  points.forEach((p, i) => {
    const f1 = classificationMetrics(p).f1;
    if (f1 >= bestF1) {
      best = i;
      bestF1 = f1;
    }
  });
  return best;
}

/**
 * The precision–recall curve as the step function average precision integrates: for
 * recall between Rₙ₋₁ and Rₙ the height is Pₙ, so the area under the returned polyline is
 * exactly AP = Σ (Rₙ − Rₙ₋₁)·Pₙ. Takes `precisionRecallCurve` output (thresholds
 * ascending, final point (recall 0, precision 1)); returns [recall, precision] points
 * from recall 0 to 1.
 */
export function prStepPolyline(pr: { precision: readonly number[]; recall: readonly number[] }): [number, number][] {
  // Walk from the highest threshold (lowest recall) down, skipping the (0, 1) end point.
  const precision = pr.precision.slice(0, -1).reverse();
  const recall = pr.recall.slice(0, -1).reverse();
  const out: [number, number][] = [[0, precision[0]!]];
  recall.forEach((r, n) => {
    out.push([r, precision[n]!]);
    const next = precision[n + 1];
    if (next !== undefined) out.push([r, next]);
  });
  return out;
}

/** Index of the point nearest (x, y), by Euclidean distance; for picking a point on a chart. */
export function nearestPointIndex(points: readonly (readonly [number, number])[], x: number, y: number): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  points.forEach(([px, py], i) => {
    const d = (px - x) ** 2 + (py - y) ** 2;
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}
