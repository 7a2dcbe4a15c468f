/**
 * Metrics from a binary confusion matrix.
 *
 * Convention (scikit-learn's `zero_division=0`): a ratio whose denominator is 0 is
 * reported as 0. Such a value is really undefined; `undefinedMetrics` names them so a
 * calculator can say so instead of showing a misleading 0.
 */
import { InputError } from '../input';
import { count, finiteNumber } from '../validate';

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface ClassificationMetrics {
  /** TP / (TP + FP): of the items flagged positive, the share that are. */
  precision: number;
  /** TP / (TP + FN): of the positives, the share flagged (true positive rate, sensitivity). */
  recall: number;
  /** Harmonic mean of precision and recall. */
  f1: number;
  /** (1 + β²)·P·R / (β²·P + R): recall weighted β times as much as precision. */
  fBeta: number;
  /** (TP + TN) / N. */
  accuracy: number;
  /** TN / (TN + FP): true negative rate. */
  specificity: number;
  /** FP / (FP + TN): false positive rate, 1 − specificity. */
  fpr: number;
  /** (recall + specificity) / 2. */
  balancedAccuracy: number;
  /** Matthews correlation coefficient, in [−1, 1]. */
  mcc: number;
  /** (TP + FN) / N: share of positives in the data. */
  prevalence: number;
}

const ratio = (num: number, den: number) => (den === 0 ? 0 : num / den);

function checkConfusion(c: Confusion): void {
  if (typeof c !== 'object' || c === null) throw new InputError('Give the four counts TP, FP, FN and TN.');
  count(c.tp, 'tp', 'TP');
  count(c.fp, 'fp', 'FP');
  count(c.fn, 'fn', 'FN');
  count(c.tn, 'tn', 'TN');
  if (c.tp + c.fp + c.fn + c.tn === 0) {
    throw new InputError('All four counts are 0: a confusion matrix needs at least one example.');
  }
}

export function classificationMetrics(c: Confusion, beta = 1): ClassificationMetrics {
  checkConfusion(c);
  finiteNumber(beta, 'beta', 'β');
  if (beta <= 0) throw new InputError(`β must be greater than 0 (got ${beta}).`, 'beta');
  const { tp, fp, fn, tn } = c;
  const n = tp + fp + fn + tn;
  const b2 = beta * beta;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const specificity = ratio(tn, tn + fp);
  const mccDen = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
  return {
    precision,
    recall,
    // Computed from counts, as scikit-learn does, so it is 0 only when TP = FP = FN = 0.
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    fBeta: ratio((1 + b2) * tp, (1 + b2) * tp + b2 * fn + fp),
    accuracy: (tp + tn) / n,
    specificity,
    fpr: ratio(fp, fp + tn),
    balancedAccuracy: (recall + specificity) / 2,
    mcc: mccDen === 0 ? 0 : (tp * tn - fp * fn) / mccDen,
    prevalence: (tp + fn) / n,
  };
}

/** The metrics whose denominator is 0 for these counts (reported as 0, really undefined). */
export function undefinedMetrics(c: Confusion): (keyof ClassificationMetrics)[] {
  checkConfusion(c);
  const { tp, fp, fn, tn } = c;
  const out: (keyof ClassificationMetrics)[] = [];
  if (tp + fp === 0) out.push('precision');
  if (tp + fn === 0) out.push('recall');
  if (tp + fp + fn === 0) out.push('f1', 'fBeta');
  if (tn + fp === 0) out.push('specificity', 'fpr');
  if (tp + fn === 0 || tn + fp === 0) out.push('balancedAccuracy');
  if ((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn) === 0) out.push('mcc');
  return out;
}
