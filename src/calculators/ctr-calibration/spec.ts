/** CTR calibration under negative downsampling: a scenario, or labels and predictions, before and after recalibration. */
import { MAX_LIST_LENGTH } from '../../lib/number-list';
import { choice, type CalculatorSpec } from '../kit/spec';

const lists = { mode: ['lists'] } as const;
/** A list in the address: up to about 800 short values; longer lists still work, but are not shared by a link. */
const LIST_URL_LENGTH = 4000;

// Defaults teach that keeping 5% of negatives makes a 1% CTR look like 16.8%, close to
// 1/w = 20 times too many clicks, and that recalibration restores it exactly. The pasted
// lists are 20 impressions with 2 clicks, scored by a model trained at w = 0.05: raw NE
// 2.52 (worse than predicting the base rate), recalibrated NE 0.61.
export const ctrCalibration = {
  title: 'CTR calibration after negative downsampling',
  description:
    'See how keeping only a share of non-clicks inflates a click model’s predictions, and how recalibration fixes log loss, normalized entropy and calibration.',
  prefix: 'ctr',
  fields: [
    choice('mode', 'Input', [
      ['scenario', 'Scenario'],
      ['lists', 'Labels and predictions'],
    ]),
    {
      kind: 'number',
      key: 'ctr',
      name: 'true CTR',
      label: 'True CTR c (clicks per impression)',
      default: '0.01',
      range: { min: 0, max: 1, minExclusive: true, maxExclusive: true },
      when: { mode: ['scenario'] },
    },
    {
      kind: 'text',
      key: 'labels',
      name: 'labels',
      label: 'Labels (1 = click, 0 = no click)',
      default: '0 1 0 0 0 0 0 1 0 0 0 0 0 0 0 0 0 0 0 0',
      hint: `Separated by spaces, commas or new lines; up to ${MAX_LIST_LENGTH.toLocaleString('en-US')}.`,
      rows: 3,
      maxLength: LIST_URL_LENGTH,
      when: lists,
    },
    {
      kind: 'text',
      key: 'probabilities',
      param: 'probs',
      name: 'probabilities',
      label: 'Predicted click probabilities (one per label)',
      default: '0.45 0.9 0.29 0.63 0.73 0.51 0.38 0.87 0.69 0.29 0.56 0.66 0.45 0.78 0.6 0.38 0.83 0.51 0.71 0.66',
      hint: 'From the model trained on downsampled data, before any correction.',
      rows: 3,
      maxLength: LIST_URL_LENGTH,
      when: lists,
    },
    {
      kind: 'number',
      key: 'w',
      name: 'w',
      label: 'Negative sampling rate w (share of non-clicks kept for training)',
      default: '0.05',
      range: { min: 0, max: 1, minExclusive: true },
      hint: 'Every click is kept; w = 1 means no downsampling.',
    },
  ],
} as const satisfies CalculatorSpec;
