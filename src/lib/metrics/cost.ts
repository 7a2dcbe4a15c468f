/**
 * Cost-sensitive decisions for a binary classifier: a case is flagged when its score is at
 * or above the threshold (as in `operatingPoints`), and each cell of the confusion matrix
 * has a cost per case. Used by the cost-sensitive threshold calculator and the fraud case.
 *
 * The Bayes threshold is the classic decision-theory result: flag a case with calibrated
 * probability p when the expected cost of flagging, p·tp + (1 − p)·fp, is no more than that
 * of clearing it, p·fn + (1 − p)·tn, i.e. p ≥ (fp − tn) / ((fp − tn) + (fn − tp))
 * (Elkan, "The Foundations of Cost-Sensitive Learning", IJCAI 2001).
 */
import type { Confusion } from './classification';
import { checkScoredRows, thresholdCounts } from './curves';
import { checkRange, InputError, type Range } from '../input';
import { count, finiteNumber } from '../validate';

export interface CostMatrix {
  /** Cost of flagging a negative (a good customer blocked or sent to review). */
  fp: number;
  /** Cost of missing a positive (the fraud loss). */
  fn: number;
  /** Cost of flagging a positive (e.g. the review it needs); 0 when omitted. */
  tp?: number;
  /** Cost of clearing a negative; 0 when omitted. */
  tn?: number;
}

type FullCosts = Required<CostMatrix>;

/** A cost per case: no negatives (a benefit is a lower cost of the alternative), and a generous ceiling. */
export const COST_RANGE: Range = { min: 0, max: 1e9 };

function checkCosts(costs: CostMatrix): FullCosts {
  if (typeof costs !== 'object' || costs === null) {
    throw new InputError('Give a cost for each kind of error: fp and fn (tp and tn default to 0).', 'costs');
  }
  const full = { fp: costs.fp, fn: costs.fn, tp: costs.tp ?? 0, tn: costs.tn ?? 0 };
  for (const key of ['fp', 'fn', 'tp', 'tn'] as const) {
    finiteNumber(full[key], `cost.${key}`, `The ${key.toUpperCase()} cost`);
    checkRange(full[key], COST_RANGE, `cost.${key}`, `The ${key.toUpperCase()} cost`);
  }
  return full;
}

const total = (c: Confusion, k: FullCosts) => c.tp * k.tp + c.fp * k.fp + c.fn * k.fn + c.tn * k.tn;

/** Total cost of a confusion matrix: the sum over its four counts of count × cost per case. */
export function expectedCost(c: Confusion, costs: CostMatrix): number {
  if (typeof c !== 'object' || c === null) throw new InputError('Give the four counts TP, FP, FN and TN.', 'confusion');
  count(c.tp, 'tp', 'TP');
  count(c.fp, 'fp', 'FP');
  count(c.fn, 'fn', 'FN');
  count(c.tn, 'tn', 'TN');
  return total(c, checkCosts(costs));
}

interface Sweep {
  thresholds: number[];
  confusions: Confusion[];
  cost: number[];
}

function sweep(labels: readonly number[], scores: readonly number[], costs: CostMatrix): Sweep {
  checkScoredRows(labels, scores);
  const k = checkCosts(costs);
  const positives = labels.filter((y) => y === 1).length;
  const negatives = labels.length - positives;
  const counts = thresholdCounts(labels, scores);
  // Threshold +Infinity flags nothing; then each distinct score, descending, flags one more group.
  const confusions: Confusion[] = [{ tp: 0, fp: 0, fn: positives, tn: negatives }];
  counts.thresholds.forEach((_, i) => {
    const tp = counts.tps[i]!;
    const fp = counts.fps[i]!;
    confusions.push({ tp, fp, fn: positives - tp, tn: negatives - fp });
  });
  return { thresholds: [Infinity, ...counts.thresholds], confusions, cost: confusions.map((c) => total(c, k)) };
}

/**
 * Total cost at every threshold that changes a decision: +Infinity (flag nothing), then
 * each distinct score from the highest down (the last flags everything).
 */
export function costCurve(
  labels: readonly number[],
  scores: readonly number[],
  costs: CostMatrix,
): { thresholds: number[]; cost: number[] } {
  const { thresholds, cost } = sweep(labels, scores, costs);
  return { thresholds, cost };
}

/**
 * The threshold with the lowest total cost. On a tie the highest threshold wins: it flags
 * the fewest cases for the same cost.
 */
export function minCostThreshold(
  labels: readonly number[],
  scores: readonly number[],
  costs: CostMatrix,
): { threshold: number; cost: number; confusion: Confusion } {
  const { thresholds, confusions, cost } = sweep(labels, scores, costs);
  let best = 0;
  cost.forEach((value, i) => {
    // Sums of the same counts in another order can differ in the last bit; that is a tie.
    if (value < cost[best]! - 1e-9 * Math.max(1, Math.abs(cost[best]!))) best = i;
  });
  return { threshold: thresholds[best]!, cost: cost[best]!, confusion: confusions[best]! };
}

/**
 * The probability at and above which flagging a case costs less in expectation than
 * clearing it, for calibrated probabilities: (fp − tn) / ((fp − tn) + (fn − tp)).
 */
export function bayesThreshold(costs: CostMatrix): number {
  const k = checkCosts(costs);
  const missSaving = k.fn - k.tp;
  const falseAlarmCost = k.fp - k.tn;
  if (missSaving <= 0) {
    throw new InputError(
      `Flagging never pays under these costs: catching a positive costs ${k.tp}, no less than missing it (${k.fn}). Make the FN cost larger than the TP cost.`,
      'cost.fn',
    );
  }
  if (falseAlarmCost < 0) {
    throw new InputError(
      `Flagging a negative costs ${k.fp}, less than clearing it (${k.tn}), so every case should be flagged and no threshold is needed. Make the FP cost at least the TN cost.`,
      'cost.fp',
    );
  }
  return falseAlarmCost / (falseAlarmCost + missSaving);
}
