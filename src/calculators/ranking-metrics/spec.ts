/** Ranking metrics of an editable graded list: P@k, R@k, RR, AP@k and nDCG@k, with every term per position. */
import { MAX_RANKED_ITEMS, RANKING_RANGES } from '../../lib/metrics/ranking-view';
import { choice, type CalculatorSpec } from '../kit/spec';

// Defaults teach the cost of order: the best item (grade 3) sits at rank 2 under an
// irrelevant one, so P@5 and R@5 look fine while RR is 0.5 and nDCG@5 is 0.65.
export const rankingMetrics = {
  title: 'Ranking metrics',
  description:
    'Edit a ranked list of graded items (add, remove, reorder) to get precision@k, recall@k, reciprocal rank, AP@k and nDCG@k with exponential and linear gain, with every DCG term shown per position.',
  prefix: 'rk',
  fields: [
    // The list: grades and labels, comma-separated (a comma inside a label is written %2C).
    { kind: 'state', key: 'rels', name: 'Relevance grades', default: '0,3,0,2,1', maxLength: 2 * MAX_RANKED_ITEMS },
    { kind: 'state', key: 'labels', name: 'Item labels', default: 'Doc A,Doc B,Doc C,Doc D,Doc E', maxLength: 40 * MAX_RANKED_ITEMS },
    { kind: 'number', key: 'k', name: 'k', label: 'k (cut-off)', default: '5', range: RANKING_RANGES.k, whole: true },
    {
      kind: 'number',
      key: 'totalRelevant',
      param: 'total',
      name: 'total relevant',
      label: 'Total relevant in the collection (R)',
      default: '',
      range: RANKING_RANGES.totalRelevant,
      whole: true,
      hint: 'Optional: leave empty to use the relevant items in the list.',
    },
    choice('gain', 'Gain in the per-position table', [
      ['exponential', 'Exponential (2^rel − 1)'],
      ['linear', 'Linear (rel)'],
    ]),
  ],
} as const satisfies CalculatorSpec;
