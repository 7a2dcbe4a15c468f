/** Significance checker: users and conversions per arm → lift, interval, z, p, verdict, SRM check. */
import { ALPHA_RANGE, USERS_RANGE } from '../../lib/stats/ranges';
import { SHARE_RANGE } from '../../lib/stats/read-test';
import type { CalculatorSpec, NumberField } from '../kit/spec';

const arm = (side: 'a' | 'b', who: string, users: string, conversions: string): NumberField[] => {
  const letter = side.toUpperCase();
  return [
    {
      kind: 'number',
      key: `${side}.users`,
      param: `users${letter}`,
      name: `${who} users`,
      label: `${who} (${letter}) users`,
      default: users,
      range: USERS_RANGE,
      whole: true,
    },
    {
      kind: 'number',
      key: `${side}.conversions`,
      param: `conv${letter}`,
      name: `${who} conversions`,
      label: `${who} (${letter}) conversions`,
      default: conversions,
      // At most the arm's users: the library checks that bound.
      range: USERS_RANGE,
      boundBy: `${side}.users`,
      whole: true,
    },
  ];
};

// Defaults teach that a big-looking lift can be noise: +8% relative on 20,000 users per
// arm is not significant at α = 0.05 (p ≈ 0.07), and its interval includes 0.
export const significanceChecker = {
  title: 'A/B test significance checker',
  description:
    'Enter users and conversions for control and treatment to get the lift, its confidence interval, z and p-value with a plain-words verdict, and a sample-ratio-mismatch check of the split.',
  prefix: 'sig',
  fields: [
    ...arm('a', 'Control', '20,000', '1,000'),
    ...arm('b', 'Treatment', '20,000', '1,080'),
    { kind: 'number', key: 'alpha', name: 'α', label: 'Significance level α', default: '0.05', range: ALPHA_RANGE },
    {
      kind: 'number',
      key: 'share',
      name: 'Intended treatment share',
      label: 'Intended share of users in treatment (B)',
      default: '0.5',
      range: SHARE_RANGE,
      hint: '0.5 for a 50/50 split; used to check the user counts for a sample ratio mismatch.',
    },
  ],
} as const satisfies CalculatorSpec;
