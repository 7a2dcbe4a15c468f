/**
 * Everything the ROC / precision–recall explorer shows for a scored sample: the operating
 * point at every threshold with its metrics, both curves as points to draw, the areas, and
 * which threshold to show first (the one with the best F1).
 */
import type { Point } from '../chart/path';
import { classificationMetrics, type ClassificationMetrics } from './classification';
import { averagePrecision, precisionRecallCurve, rocAuc, rocCurve } from './curves';
import { bestF1Index, nearestThresholdIndex, operatingPoints, prStepPolyline, type OperatingPoint } from './threshold';

export interface ThresholdExplorer {
  /** Thresholds ascending: index 0 flags every item. */
  points: OperatingPoint[];
  metrics: ClassificationMetrics[];
  auc: number;
  ap: number;
  rocLine: Point[];
  /** The PR curve as the step function AP integrates. */
  prLine: Point[];
  /** One chart point per threshold, index-aligned with `points`: (FPR, TPR) and (recall, precision). */
  rocCandidates: Point[];
  prCandidates: Point[];
  bestF1: number;
  positives: number;
  negatives: number;
  total: number;
  prevalence: number;
}

export function thresholdExplorer(labels: readonly number[], scores: readonly number[]): ThresholdExplorer {
  const points = operatingPoints(labels, scores);
  const roc = rocCurve(labels, scores);
  const metrics = points.map((p) => classificationMetrics(p));
  const positives = labels.reduce((sum, y) => sum + y, 0);
  return {
    points,
    metrics,
    auc: rocAuc(labels, scores),
    ap: averagePrecision(labels, scores),
    rocLine: roc.fpr.map((x, i): Point => [x, roc.tpr[i]!]),
    prLine: prStepPolyline(precisionRecallCurve(labels, scores)),
    rocCandidates: metrics.map((m): Point => [m.fpr, m.recall]),
    prCandidates: metrics.map((m): Point => [m.recall, m.precision]),
    bestF1: bestF1Index(points),
    positives,
    negatives: labels.length - positives,
    total: labels.length,
    prevalence: positives / labels.length,
  };
}

/** The index of the threshold to show: the one nearest `t`, or the best-F1 one when `t` is not a number. */
export function chosenThreshold(view: ThresholdExplorer, t: number): number {
  return Number.isFinite(t) ? nearestThresholdIndex(view.points, t) : view.bestF1;
}

/** Where the PR chart labels its prevalence baseline: below the line when there is room, else above it. */
export function baselineLabelY(prevalence: number): number {
  return prevalence > 0.12 ? prevalence - 0.07 : prevalence + 0.03;
}
