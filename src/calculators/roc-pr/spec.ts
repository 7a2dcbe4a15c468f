/** ROC and precision–recall curves of a scored sample: pasted, loaded from a file, or synthetic. */
import { MAX_SYNTHETIC_SIZE } from '../../lib/metrics/synthetic';
import { choice, type CalculatorSpec } from '../kit/spec';

const synthetic = { mode: ['synthetic'] } as const;

/** Pasted rows longer than this stay out of the page address: servers refuse very long addresses. */
export const MAX_URL_ROWS = 4000;

// Defaults teach that ROC-AUC flatters a rare-positive problem: with d′ = 1.5 and 10%
// positives the ROC-AUC is about 0.83 while average precision is about 0.44. The pasted
// rows default to scikit-learn's documented example (ROC-AUC 0.75, AP 0.8333).
export const rocPr = {
  title: 'ROC and precision–recall curves',
  description:
    'Paste or load label,score rows, or draw a synthetic sample, to see both curves with ROC-AUC and average precision, and move a threshold to read the confusion matrix at any point.',
  prefix: 'roc',
  fields: [
    choice('mode', 'Data', [
      ['synthetic', 'Synthetic sample'],
      ['paste', 'Paste or load rows'],
    ]),
    {
      kind: 'number',
      key: 'separation',
      param: 'd',
      name: 'separation',
      label: 'Separation d′ (in standard deviations)',
      default: '1.5',
      range: { min: -10, max: 10 },
      hint: 'Negative scores ~ N(0, 1), positive scores ~ N(d′, 1), rounded to 3 decimals.',
      when: synthetic,
    },
    {
      kind: 'number',
      key: 'prevalence',
      name: 'prevalence',
      label: 'Prevalence (share of positives)',
      default: '0.1',
      range: { min: 0, max: 1, minExclusive: true, maxExclusive: true },
      when: synthetic,
    },
    {
      kind: 'number',
      key: 'size',
      param: 'n',
      name: 'size',
      label: 'Sample size n',
      default: '500',
      range: { min: 2, max: MAX_SYNTHETIC_SIZE, integer: true },
      whole: true,
      when: synthetic,
    },
    {
      kind: 'number',
      key: 'seed',
      name: 'seed',
      label: 'Seed',
      default: '1',
      range: { min: 0, max: 4_294_967_295, integer: true },
      whole: true,
      when: synthetic,
    },
    {
      kind: 'text',
      key: 'rows',
      name: 'rows',
      label: 'Rows: label,score (one per line)',
      default: '0,0.1\n0,0.4\n1,0.35\n1,0.8',
      hint: 'Label 0 or 1; score any number, higher meaning more likely positive. A header line is fine.',
      rows: 8,
      maxLength: MAX_URL_ROWS,
      when: { mode: ['paste'] },
    },
    // The chosen threshold; empty means "the one with the best F1".
    { kind: 'state', key: 't', name: 'threshold', default: '' },
  ],
} as const satisfies CalculatorSpec;
