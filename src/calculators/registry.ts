/**
 * Every calculator, by the name pages embed it with (`<Calculator name="…" />`). This one
 * list drives the embeds, the Tools page (its sections, in this order), the print notes and
 * the browser tests. Adding a calculator: its folder (spec.ts, view, Embed.astro, tools.md)
 * and one line here.
 */
import { abTestPlanner } from './ab-test-planner/spec';
import { capacityEstimator } from './capacity-estimator/spec';
import { confusionMatrix } from './confusion-matrix/spec';
import { costThreshold } from './cost-threshold/spec';
import { ctrCalibration } from './ctr-calibration/spec';
import type { CalculatorSpec } from './kit/spec';
import { llmServing } from './llm-serving/spec';
import { rankingMetrics } from './ranking-metrics/spec';
import { rocPr } from './roc-pr/spec';
import { significanceChecker } from './significance-checker/spec';

const REGISTRY = {
  'confusion-matrix': confusionMatrix,
  'roc-pr': rocPr,
  'ctr-calibration': ctrCalibration,
  'ranking-metrics': rankingMetrics,
  'ab-test-planner': abTestPlanner,
  'significance-checker': significanceChecker,
  'capacity-estimator': capacityEstimator,
  'cost-threshold': costThreshold,
  'llm-serving': llmServing,
} as const satisfies Record<string, CalculatorSpec>;

export type CalculatorName = keyof typeof REGISTRY;
export const CALCULATORS: Readonly<Record<CalculatorName, CalculatorSpec>> = REGISTRY;
export const CALCULATOR_NAMES = Object.keys(REGISTRY) as CalculatorName[];

/** Where the Tools page links to a calculator: the id of its title there (the first copy on a page). */
export const titleIdOf = (name: CalculatorName, copy = 1): string => (copy === 1 ? `calc-${name}-title` : `calc-${name}-${copy}-title`);
