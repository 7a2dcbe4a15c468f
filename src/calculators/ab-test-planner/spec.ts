/** A/B test planner: baseline, effect, α, power, traffic and CUPED's ρ → users per variant and days. */
import { ALPHA_RANGE, CORRELATION_RANGE, USERS_RANGE, VARIANTS_RANGE } from '../../lib/stats/ranges';
import { choice, type CalculatorSpec } from '../kit/spec';

const PROPORTION = { min: 0, max: 1, minExclusive: true, maxExclusive: true } as const;

// Defaults teach how expensive small effects are: a 2% relative lift on a 5% baseline
// needs about 750,000 users per variant, even though the traffic covers it in 4 days.
export const abTestPlanner = {
  title: 'A/B test planner',
  description:
    'Enter a baseline conversion rate, the smallest effect worth detecting, α, power and your traffic to get the users each variant needs and how many days the test must run, with a chart of how the sample grows as the effect shrinks; add the correlation with a pre-experiment metric to see what CUPED saves.',
  prefix: 'ab',
  fields: [
    {
      kind: 'number',
      key: 'baselineRate',
      param: 'baseline',
      name: 'Baseline rate',
      label: 'Baseline conversion rate',
      default: '0.05',
      range: PROPORTION,
      hint: 'A proportion: 0.05 means 5%.',
    },
    {
      kind: 'number',
      key: 'minDetectableEffect',
      param: 'mde',
      name: 'Minimum detectable effect',
      label: 'Minimum detectable effect',
      default: '0.02',
      // Any non-zero change whose treatment rate stays strictly between 0 and 1: the library checks that bound.
      range: { min: -1, max: 1_000_000, minExclusive: true },
      boundBy: 'baselineRate',
    },
    choice('mdeKind', 'Effect is', [
      ['relative', 'Relative (0.02 = 2% of baseline)'],
      ['absolute', 'Absolute (0.02 = 2 points)'],
    ]),
    { kind: 'number', key: 'alpha', name: 'α', label: 'Significance level α', default: '0.05', range: ALPHA_RANGE },
    // Strictly between α and 1: the library refuses a power at or below α.
    { kind: 'number', key: 'power', name: 'Power', label: 'Power (1 − β)', default: '0.8', range: PROPORTION },
    choice('sides', 'Test type', [
      ['2', 'Two-sided (detects a rise or a fall)'],
      ['1', 'One-sided (only in the effect’s direction)'],
    ]),
    {
      kind: 'number',
      key: 'dailyUsers',
      param: 'daily',
      name: 'Daily eligible users',
      label: 'Daily eligible users',
      default: '1,000,000',
      range: USERS_RANGE,
      whole: true,
    },
    {
      kind: 'number',
      key: 'trafficShare',
      param: 'share',
      name: 'Share of traffic',
      label: 'Share of traffic in the test',
      default: '0.5',
      range: { min: 0, max: 1, minExclusive: true },
      hint: '0.5 = half of eligible users.',
    },
    {
      kind: 'number',
      key: 'variants',
      name: 'Number of variants',
      label: 'Number of variants',
      default: '2',
      range: VARIANTS_RANGE,
      whole: true,
      hint: 'Control included.',
    },
    {
      kind: 'number',
      key: 'correlation',
      param: 'rho',
      // The same name the library's range messages use (src/lib/stats/plan.ts).
      name: 'The correlation ρ',
      label: 'CUPED: correlation ρ with the pre-experiment metric',
      default: '0',
      range: CORRELATION_RANGE,
      hint: 'Between each user’s metric in the test and the same metric before it, from 0 to just under 1; 0 = no CUPED.',
    },
  ],
} as const satisfies CalculatorSpec;
