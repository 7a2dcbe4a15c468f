/**
 * Everything the confusion-matrix explorer shows: the metrics of four counts, or of the
 * counts a binormal scenario gives at a threshold, with the sweep of nearby thresholds.
 */
import { checkRange, type Range } from '../input';
import { classificationMetrics, undefinedMetrics, type ClassificationMetrics, type Confusion } from './classification';
import { binormalAuc, binormalConfusion, type BinormalScenario } from './scenario';

/** Sensible ranges (the library's own checks come first: counts are whole, prevalence a share). */
export const CONFUSION_RANGES = {
  // A trillion examples in one cell.
  count: { min: 0, max: 1e12, integer: true },
  // β weighs recall β times as much as precision; beyond 100 Fβ is recall.
  beta: { min: 0, max: 100, minExclusive: true },
  prevalence: { min: 0, max: 1, minExclusive: true, maxExclusive: true },
  // Beyond d′ = 10 the two score distributions do not overlap at all.
  separation: { min: 0, max: 10 },
  // Scores are in standard deviations of the negatives' N(0, 1).
  threshold: { min: -20, max: 20 },
  population: { min: 1, max: 1e9, integer: true },
} as const satisfies Record<string, Range>;

export interface ConfusionReport {
  counts: Confusion;
  metrics: ClassificationMetrics;
  /** Metrics whose denominator is 0 (shown as undefined). */
  undefinedMetrics: (keyof ClassificationMetrics)[];
}

export interface SweepRow {
  threshold: number;
  metrics: ClassificationMetrics;
  /** The threshold the reader chose. */
  current: boolean;
}

export interface ScenarioReport extends ConfusionReport {
  auc: number;
  sweep: SweepRow[];
}

/** Offsets from the chosen threshold shown in the sweep, in standard deviations. */
export const SWEEP_OFFSETS = [-1, -0.5, 0, 0.5, 1];

const NAMES = { tp: 'TP', fp: 'FP', fn: 'FN', tn: 'TN' } as const;

function checkBeta(beta: number): void {
  checkRange(beta, CONFUSION_RANGES.beta, 'beta', 'β');
}

export function countsReport(counts: Confusion, beta: number): ConfusionReport {
  const metrics = classificationMetrics(counts, beta);
  for (const key of ['tp', 'fp', 'fn', 'tn'] as const) checkRange(counts[key], CONFUSION_RANGES.count, key, NAMES[key]);
  checkBeta(beta);
  return { counts, metrics, undefinedMetrics: undefinedMetrics(counts) };
}

export function scenarioReport(scenario: BinormalScenario, beta: number): ScenarioReport {
  const counts = binormalConfusion(scenario);
  const r = CONFUSION_RANGES;
  checkRange(scenario.separation, r.separation, 'separation', 'Separation');
  checkRange(scenario.threshold, r.threshold, 'threshold', 'Threshold');
  checkRange(scenario.population, r.population, 'population', 'Population');
  const metrics = classificationMetrics(counts, beta);
  checkBeta(beta);
  const sweep = SWEEP_OFFSETS.map((offset) => {
    const threshold = scenario.threshold + offset;
    return { threshold, metrics: classificationMetrics(binormalConfusion({ ...scenario, threshold }), beta), current: offset === 0 };
  });
  return { counts, metrics, undefinedMetrics: undefinedMetrics(counts), auc: binormalAuc(scenario.separation), sweep };
}
