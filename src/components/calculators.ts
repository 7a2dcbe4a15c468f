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
  'roc-pr': {
    title: 'ROC and precision–recall curves',
    description:
      'Paste or load label,score rows, or draw a synthetic sample, to see both curves with ROC-AUC and average precision, and move a threshold to read the confusion matrix at any point.',
  },
  'ctr-calibration': {
    title: 'CTR calibration after negative downsampling',
    description:
      'See how keeping only a share of non-clicks inflates a click model’s predictions, and how recalibration fixes log loss, normalized entropy and calibration.',
  },
  'ranking-metrics': {
    title: 'Ranking metrics',
    description:
      'Edit a ranked list of graded items (add, remove, reorder) to get precision@k, recall@k, reciprocal rank, AP@k and nDCG@k with exponential and linear gain, with every DCG term shown per position.',
  },
  'capacity-estimator': {
    title: 'Capacity estimator',
    description:
      'Back-of-envelope sizing with the arithmetic shown: requests per second from daily users, storage over a retention period, embedding and HNSW index memory, replicas for the peak, and whether a latency budget fits its stages.',
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
