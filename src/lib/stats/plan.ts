/**
 * The A/B test planner's whole result, from its inputs: users per variant, how long the
 * test runs, what it is sized to detect, the notes that apply, and the curve of required
 * sample against effect size that its chart draws; with CUPED (a correlation ρ > 0 between
 * the metric and its pre-experiment value), the same beside it for the adjusted metric.
 */
import { checkRange, describeRange, InputError } from '../input';
import { finiteNumber } from '../validate';
import { cupedSampleSize } from './cuped-size';
import { CORRELATION_RANGE } from './ranges';
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
  /** CUPED: correlation between each user's metric and its pre-experiment value, in [0, 1); 0 (the default) plans a plain test. */
  correlation?: number;
}

export interface CurvePoint {
  mde: number;
  n: number;
  /** Users per variant with CUPED at the plan's ρ (only when ρ > 0). */
  nCuped?: number;
  /** The effect the reader chose. */
  chosen: boolean;
}

/** The same test run on the CUPED-adjusted metric, whose variance is (1 − ρ²) times the plain one. */
export interface CupedPlan {
  correlation: number;
  /** 1 − ρ²: the share of the variance, and so of the users, that remains. */
  varianceFactor: number;
  perVariant: number;
  total: number;
  days: number;
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
  /** With a correlation ρ > 0: the CUPED-adjusted plan. */
  cuped?: CupedPlan;
  /** The test as it will run (with CUPED when ρ > 0) takes under a week: run a full week anyway. */
  shorterThanAWeek: boolean;
  longerThanAYear: boolean;
  /** Treatments compared with the control (each at α; Bonferroni divides α by this). */
  comparisons: number;
}

/** Multiples of the chosen effect drawn in the chart: from half of it to 2.5 times it. */
export const CURVE_FACTORS = [0.5, 0.625, 0.75, 0.875, 1, 1.25, 1.5, 1.75, 2, 2.5];

/** How messages name ρ; the planner's field uses the same name for its own messages (empty, not a number). */
const CORRELATION_NAME = 'The correlation ρ';

/** ρ for the planner: in [0, 1), with a reason for each way out of it. */
export function checkCorrelation(rho: number): number {
  finiteNumber(rho, 'correlation', CORRELATION_NAME);
  if (rho < 0 && rho > -1) {
    // Only ρ² matters, so the reader's number is right but its sign is not what the field asks for.
    throw new InputError(
      `${CORRELATION_NAME} must be ${describeRange(CORRELATION_RANGE)} (got ${rho}): CUPED removes ρ² of the variance, so a negative correlation helps exactly as much as a positive one; enter its size, ${-rho}.`,
      'correlation',
    );
  }
  return checkRange(
    rho,
    CORRELATION_RANGE,
    'correlation',
    CORRELATION_NAME,
    'at 1 the pre-experiment value would predict the metric exactly, leaving no variance to test, which no real covariate does',
  );
}

/**
 * Users per variant with CUPED: ⌈n · (1 − ρ²)⌉ on the plain, already rounded-up n, as the
 * metrics chapter writes it (at most one user more than rounding once), and never below 1.
 */
const withCuped = (n: number, rho: number) => Math.max(1, cupedSampleSize(n, rho));

export function planTest(input: PlanInput): TestPlan {
  const { baselineRate, minDetectableEffect: mde, relative, alpha, power, sides } = input;
  const design = { baselineRate, relative, alpha, power, sides };
  const perVariant = sampleSizePerVariant({ ...design, minDetectableEffect: mde });
  const traffic = { variants: input.variants, dailyUsers: input.dailyUsers, trafficShare: input.trafficShare };
  const days = testDurationDays({ perVariant, ...traffic });
  const rho = checkCorrelation(input.correlation ?? 0);
  let cuped: CupedPlan | undefined;
  if (rho > 0) {
    const n = withCuped(perVariant, rho);
    cuped = { correlation: rho, varianceFactor: 1 - rho * rho, perVariant: n, total: n * input.variants, days: testDurationDays({ perVariant: n, ...traffic }) };
  }
  const curve: CurvePoint[] = [];
  for (const factor of CURVE_FACTORS) {
    try {
      const n = sampleSizePerVariant({ ...design, minDetectableEffect: mde * factor });
      curve.push({ mde: mde * factor, n, ...(cuped ? { nCuped: withCuped(n, rho) } : {}), chosen: factor === 1 });
    } catch (e) {
      // A multiple whose rate falls outside (0, 1) is simply left out of the chart.
      if (!(e instanceof InputError)) throw e;
    }
  }
  // Left to right, also when the effect is a decrease.
  curve.sort((p, q) => p.mde - q.mde);
  const target = relative ? baselineRate * (1 + mde) : baselineRate + mde;
  const runDays = cuped?.days ?? days;
  return {
    perVariant,
    total: perVariant * input.variants,
    perDay: input.dailyUsers * input.trafficShare,
    days,
    target,
    absoluteChange: target - baselineRate,
    relativeChange: (target - baselineRate) / baselineRate,
    curve,
    ...(cuped ? { cuped } : {}),
    shorterThanAWeek: runDays < 7,
    longerThanAYear: runDays > 365,
    comparisons: input.variants - 1,
  };
}
