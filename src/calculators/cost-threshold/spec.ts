/** Cost-sensitive threshold: scored cases (synthetic or pasted) and a cost per outcome → the cheapest threshold. */
import { MAX_SYNTHETIC_SIZE } from '../../lib/metrics/synthetic';
import { COST_RANGE } from '../../lib/metrics/cost';
import type { CalculatorSpec, NumberField } from '../kit/spec';
import { MAX_URL_ROWS } from '../roc-pr/spec';

const synthetic = { mode: ['synthetic'] } as const;

const cost = (key: 'fp' | 'fn' | 'tp' | 'tn', label: string, value: string, hint: string): NumberField => ({
  kind: 'number',
  key: `cost.${key}`,
  param: key,
  name: `The ${key.toUpperCase()} cost`,
  label,
  default: value,
  range: COST_RANGE,
  hint,
});

// Defaults teach that the cheapest threshold is not the one with the best F1: a miss costs
// ten times a false alarm, so the cheapest point flags far more than the positives.
export const costThreshold = {
  title: 'Cost-sensitive threshold',
  description:
    'Give scored cases (a synthetic sample or your own label,score rows) and a cost for each outcome to see total cost against the threshold, the cheapest threshold and its confusion matrix, and the Bayes threshold for calibrated probabilities.',
  prefix: 'cost',
  presets: {
    list: [
      { id: 'default', label: 'A miss costs 10 false alarms' },
      { id: 'payment-fraud', label: 'Payment fraud: block or approve' },
      { id: 'rag', label: 'RAG assistant: answer or refuse' },
    ],
    load: () => import('./presets').then((m) => m.PRESETS),
  },
  fields: [
    {
      kind: 'choice',
      key: 'mode',
      label: 'Data',
      default: 'synthetic',
      options: [
        { value: 'synthetic', label: 'Synthetic sample' },
        { value: 'paste', label: 'Paste or load rows' },
      ],
    },
    {
      kind: 'number',
      key: 'separation',
      param: 'd',
      name: 'separation',
      label: 'Separation d′ (in standard deviations)',
      default: '2',
      range: { min: -10, max: 10 },
      hint: 'Negative scores ~ N(0, 1), positive scores ~ N(d′, 1), rounded to 3 decimals.',
      when: synthetic,
    },
    { kind: 'number', key: 'prevalence', name: 'prevalence', label: 'Prevalence (share of positives)', default: '0.05', range: { min: 0, max: 1, minExclusive: true, maxExclusive: true }, when: synthetic },
    { kind: 'number', key: 'size', param: 'n', name: 'size', label: 'Sample size n', default: '2,000', range: { min: 2, max: MAX_SYNTHETIC_SIZE, integer: true }, whole: true, when: synthetic },
    { kind: 'number', key: 'seed', name: 'seed', label: 'Seed', default: '1', range: { min: 0, max: 4_294_967_295, integer: true }, whole: true, when: synthetic },
    {
      kind: 'text',
      key: 'rows',
      name: 'rows',
      label: 'Rows: label,score (one per line)',
      default: '1,0.9\n0,0.8\n1,0.7\n0,0.3\n0,0.3',
      hint: 'Label 1 for a case worth flagging (fraud), 0 otherwise; higher scores mean more likely 1.',
      rows: 8,
      maxLength: MAX_URL_ROWS,
      when: { mode: ['paste'] },
    },
    cost('fp', 'Cost of a false alarm (FP)', '1', 'Flagging a negative: a good customer blocked or reviewed.'),
    cost('fn', 'Cost of a miss (FN)', '10', 'Letting a positive through: the fraud loss.'),
    cost('tp', 'Cost of a catch (TP)', '0', 'Flagging a positive, e.g. the review it takes.'),
    cost('tn', 'Cost of a clear (TN)', '0', 'Usually 0.'),
  ],
} as const satisfies CalculatorSpec;
