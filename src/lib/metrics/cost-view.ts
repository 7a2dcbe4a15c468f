/**
 * What the cost-sensitive threshold calculator shows, from scored cases and a cost matrix:
 * total cost against the share of cases flagged, the cheapest threshold and its confusion
 * matrix, the two extremes (flag nothing, flag everything), and, for scores that read as
 * probabilities, the Bayes threshold and what it costs on this sample.
 */
import type { Confusion } from './classification';
import { bayesThreshold, costCurve, expectedCost, minCostThreshold, type CostMatrix } from './cost';
import { InputError } from '../input';

export interface CostPoint {
  threshold: number;
  /** Share of cases flagged at this threshold, in [0, 1]. */
  share: number;
  cost: number;
}

export type BayesReading =
  | { kind: 'threshold'; threshold: number; cost: number; confusion: Confusion }
  /** The costs say flagging never (or always) pays: the library's message. */
  | { kind: 'degenerate'; message: string }
  /** Scores outside [0, 1] are not probabilities, so a probability threshold does not apply. */
  | { kind: 'not-probabilities' };

export interface CostReport {
  total: number;
  positives: number;
  points: CostPoint[];
  best: { threshold: number; cost: number; confusion: Confusion; share: number; index: number };
  flagNothing: number;
  flagAll: number;
  bayes: BayesReading;
}

function confusionAt(labels: readonly number[], scores: readonly number[], threshold: number): Confusion {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  scores.forEach((s, i) => {
    const flagged = s >= threshold;
    if (labels[i] === 1) flagged ? (c.tp += 1) : (c.fn += 1);
    else flagged ? (c.fp += 1) : (c.tn += 1);
  });
  return c;
}

export function costReport(labels: readonly number[], scores: readonly number[], costs: CostMatrix): CostReport {
  const curve = costCurve(labels, scores, costs);
  const best = minCostThreshold(labels, scores, costs);
  const total = labels.length;
  const positives = labels.filter((y) => y === 1).length;
  const flaggedAt = (t: number) => scores.filter((s) => s >= t).length;
  const points = curve.thresholds.map((threshold, i) => ({ threshold, share: flaggedAt(threshold) / total, cost: curve.cost[i]! }));
  const index = curve.thresholds.indexOf(best.threshold);

  let bayes: BayesReading;
  if (scores.some((s) => s < 0 || s > 1)) bayes = { kind: 'not-probabilities' };
  else {
    try {
      const threshold = bayesThreshold(costs);
      const confusion = confusionAt(labels, scores, threshold);
      bayes = { kind: 'threshold', threshold, confusion, cost: expectedCost(confusion, costs) };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      bayes = { kind: 'degenerate', message: e.message };
    }
  }
  return {
    total,
    positives,
    points,
    best: { ...best, share: flaggedAt(best.threshold) / total, index },
    flagNothing: curve.cost[0]!,
    flagAll: curve.cost.at(-1)!,
    bayes,
  };
}
