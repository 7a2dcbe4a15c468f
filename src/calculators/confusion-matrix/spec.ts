/** Confusion-matrix explorer: four counts, or a prevalence + threshold scenario, → every classification metric. */
import { CONFUSION_RANGES as R } from '../../lib/metrics/confusion-view';
import { choice, type CalculatorSpec, type NumberField } from '../kit/spec';

const counts = { mode: ['counts'] } as const;
const scenario = { mode: ['scenario'] } as const;

const cell = (key: 'tp' | 'fp' | 'fn' | 'tn', label: string, value: string): NumberField => ({
  kind: 'number',
  key,
  name: key.toUpperCase(),
  label: `${label} (${key.toUpperCase()})`,
  default: value,
  range: R.count,
  whole: true,
  when: counts,
});

// Defaults teach the accuracy paradox: 1% prevalence, 98.6% accuracy, 40% precision.
export const confusionMatrix = {
  title: 'Confusion-matrix explorer',
  description:
    'Enter four counts, or a prevalence and threshold scenario, to get precision, recall, F1/Fβ, accuracy, specificity, balanced accuracy and MCC, and see how they move as the threshold changes.',
  prefix: 'cm',
  fields: [
    choice('mode', 'Input', [
      ['counts', 'Four counts (TP, FP, FN, TN)'],
      ['scenario', 'Scenario (prevalence, separation, threshold)'],
    ]),
    cell('tp', 'True positives', '80'),
    cell('fp', 'False positives', '120'),
    cell('fn', 'False negatives', '20'),
    cell('tn', 'True negatives', '9780'),
    { kind: 'number', key: 'prevalence', name: 'prevalence', label: 'Prevalence (share of positives)', default: '0.01', range: R.prevalence, when: scenario },
    {
      kind: 'number',
      key: 'separation',
      name: 'separation',
      label: 'Separation d′ (in standard deviations)',
      default: '2.5',
      range: R.separation,
      hint: 'Positive scores ~ N(d′, 1), negative scores ~ N(0, 1).',
      when: scenario,
    },
    { kind: 'number', key: 'threshold', name: 'threshold', label: 'Threshold', default: '2', range: R.threshold, when: scenario },
    { kind: 'number', key: 'population', name: 'population', label: 'Population', default: '10000', range: R.population, whole: true, when: scenario },
    { kind: 'number', key: 'beta', name: 'β', label: 'β for Fβ (β > 1 favours recall)', default: '1', range: R.beta },
  ],
} as const satisfies CalculatorSpec;
