/**
 * The A/B test planner's whole result, from its inputs: users per variant, how long the
 * test runs, what it is sized to detect, the notes that apply, and the curve of required
 * sample against effect size that its chart draws.
 */
import { InputError } from '../input';
import { sampleSizePerVariant, testDurationDays } from './sample-size';

export interface PlanInput {
  baselineRate: number;
  minDetectableEffect: number;
  relative: boolean;
  alpha: number;
  power: number;
  sides: 1 | 2;
  dailyUsers: number;
  trafficShare: number;
  variants: number;
}

export interface CurvePoint {
  mde: number;
  n: number;
  /** The effect the reader chose. */
  chosen: boolean;
}

export interface TestPlan {
  perVariant: number;
  total: number;
  /** Users entering the test a day. */
  perDay: number;
  days: number;
  /** The treatment rate the test is sized to detect, and the change from the baseline. */
  target: number;
  absoluteChange: number;
  relativeChange: number;
  /** Required users per variant for multiples of the chosen effect, left to right. */
  curve: CurvePoint[];
  /** Under a week: run a full week anyway. */
  shorterThanAWeek: boolean;
  longerThanAYear: boolean;
  /** Treatments compared with the control (each at α; Bonferroni divides α by this). */
  comparisons: number;
}

/** Multiples of the chosen effect drawn in the chart: from half of it to 2.5 times it. */
export const CURVE_FACTORS = [0.5, 0.625, 0.75, 0.875, 1, 1.25, 1.5, 1.75, 2, 2.5];

export function planTest(input: PlanInput): TestPlan {
  const { baselineRate, minDetectableEffect: mde, relative, alpha, power, sides } = input;
  const design = { baselineRate, relative, alpha, power, sides };
  const perVariant = sampleSizePerVariant({ ...design, minDetectableEffect: mde });
  const days = testDurationDays({ perVariant, variants: input.variants, dailyUsers: input.dailyUsers, trafficShare: input.trafficShare });
  const curve: CurvePoint[] = [];
  for (const factor of CURVE_FACTORS) {
    try {
      curve.push({ mde: mde * factor, n: sampleSizePerVariant({ ...design, minDetectableEffect: mde * factor }), chosen: factor === 1 });
    } catch (e) {
      // A multiple whose rate falls outside (0, 1) is simply left out of the chart.
      if (!(e instanceof InputError)) throw e;
    }
  }
  // Left to right, also when the effect is a decrease.
  curve.sort((p, q) => p.mde - q.mde);
  const target = relative ? baselineRate * (1 + mde) : baselineRate + mde;
  return {
    perVariant,
    total: perVariant * input.variants,
    perDay: input.dailyUsers * input.trafficShare,
    days,
    target,
    absoluteChange: target - baselineRate,
    relativeChange: (target - baselineRate) / baselineRate,
    curve,
    shorterThanAWeek: days < 7,
    longerThanAYear: days > 365,
    comparisons: input.variants - 1,
  };
}
