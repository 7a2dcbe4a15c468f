/**
 * The calculators, by the name pages use to embed them (`<Calculator name="…" />`).
 * One list drives the embeds, the Tools page and the print notes.
 */
export interface CalculatorInfo {
  title: string;
  /** What it does, in one or two sentences: shown above it, and alone when JavaScript is off. */
  description: string;
}

export const CALCULATORS = {
  'confusion-matrix': {
    title: 'Confusion-matrix explorer',
    description:
      'Enter four counts, or a prevalence and threshold scenario, to get precision, recall, F1/Fβ, accuracy, specificity, balanced accuracy and MCC, and see how they move as the threshold changes.',
  },
  'ab-test-planner': {
    title: 'A/B test planner',
    description:
      'Enter a baseline conversion rate, the smallest effect worth detecting, α, power and your traffic to get the users each variant needs and how many days the test must run, with a chart of how the sample grows as the effect shrinks.',
  },
  'significance-checker': {
    title: 'A/B test significance checker',
    description:
      'Enter users and conversions for control and treatment to get the lift, its confidence interval, z and p-value with a plain-words verdict, and a sample-ratio-mismatch check of the split.',
  },
} as const satisfies Record<string, CalculatorInfo>;

export type CalculatorName = keyof typeof CALCULATORS;
export const CALCULATOR_NAMES = Object.keys(CALCULATORS) as CalculatorName[];
