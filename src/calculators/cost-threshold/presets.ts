/**
 * Presets for the cost-sensitive threshold calculator. The case-study presets use the costs
 * and samples their pages state; the samples are this calculator's synthetic or pasted data.
 */
import type { Preset } from '../kit/spec';

export const PRESETS: readonly Preset[] = [
  {
    id: 'default',
    label: 'A miss costs 10 false alarms',
    source: 'This calculator’s own example: 2,000 synthetic cases, 5% positive, separation 2, a miss costing ten times a false alarm.',
    values: {},
  },
  {
    id: 'payment-fraud',
    label: 'Payment fraud: block or approve',
    source:
      'From the payment fraud case study: blocking a good customer costs 30 and approving a fraud 170 (the page’s assumptions), so the Bayes threshold is 30 / 200 = 0.15; the sample is synthetic: 20,000 payments, 1 in 200 fraudulent, separation 3, seed 7.',
    values: { mode: 'synthetic', size: '20,000', prevalence: '0.005', separation: '3', seed: '7', 'cost.fp': '30', 'cost.fn': '170', 'cost.tp': '0', 'cost.tn': '0' },
  },
  {
    id: 'rag',
    label: 'RAG assistant: answer or refuse',
    source:
      'From the RAG support assistant case study: 20 labeled questions with calibrated re-ranker scores; “flag” means answer, label 1 means the corpus can answer it; costs in escalations: a wrong confident answer 3, any refusal 1, a correct answer 0.',
    values: {
      mode: 'paste',
      rows: [
        '1,0.97', '1,0.94', '1,0.91', '1,0.88', '1,0.86', '1,0.82', '1,0.79', '1,0.74', '1,0.71', '1,0.66',
        '1,0.58', '1,0.52', '1,0.44', '1,0.31', '0,0.84', '0,0.69', '0,0.61', '0,0.47', '0,0.35', '0,0.22',
      ].join('\n'),
      'cost.fp': '3',
      'cost.fn': '1',
      'cost.tp': '0',
      'cost.tn': '1',
    },
  },
];
