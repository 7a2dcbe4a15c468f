/**
 * The significance checker's whole result: the z-test, the sample-ratio check of the
 * split, and what they allow a reader to conclude, in words. The wording lives here, next
 * to the decision it describes, so the tests can hold both to the same numbers.
 */
import { fmt, int, pct, signed } from '../format';
import { describeRange, InputError, inRange, type Range } from '../input';
import { finiteNumber } from '../validate';
import { sampleRatioMismatch, twoProportionZTest, type Arm, type SrmResult, type ZTestResult } from './significance';

/** The intended share of users in treatment: strictly between 0 and 1 (0.5 is a 50/50 split). */
export const SHARE_RANGE: Range = { min: 0, max: 1, minExclusive: true, maxExclusive: true };

/**
 * Fewer conversions (or non-conversions) than this in an arm and the normal approximation
 * behind z, p and the interval is unreliable: the usual rule of thumb asks for at least 5 of
 * each in each group.
 */
export const MIN_EXPECTED_COUNT = 5;

export interface TestReading {
  test: ZTestResult;
  srm: SrmResult;
  rateA: number;
  rateB: number;
  /** "95%": the confidence level, 1 − α. */
  level: string;
  /** The interval in percentage points, e.g. "−0.04 to +0.84 points". */
  interval: string;
  /** Plain-words verdict on the difference. */
  verdict: string;
  /** The intended split, e.g. "50% / 50%". */
  split: string;
  /** "p = 0.0716" or "p < 0.0001" for the SRM check. */
  srmP: string;
  /** Set when an arm has too few conversions (or non-conversions) for the normal approximation. */
  smallCounts: string | undefined;
}

/** p-values below 0.0001 are shown as a bound: their exact size carries no extra meaning. */
export function pText(p: number): string {
  return p < 0.0001 ? '< 0.0001' : fmt(p, 4);
}

/** "p = 0.0716" or "p < 0.0001". */
export function pIs(p: number): string {
  return p < 0.0001 ? 'p < 0.0001' : `p = ${fmt(p, 4)}`;
}

function smallCountWarning(a: Arm, b: Arm): string | undefined {
  const arms = [
    { name: 'control', arm: a },
    { name: 'treatment', arm: b },
  ];
  for (const { name, arm } of arms) {
    const fewest = Math.min(arm.conversions, arm.users - arm.conversions);
    if (fewest < MIN_EXPECTED_COUNT) {
      const what = arm.conversions <= arm.users - arm.conversions ? 'conversions' : 'users who did not convert';
      return (
        `The ${name} arm has only ${int(fewest)} ${fewest === 1 && what === 'conversions' ? 'conversion' : what}: ` +
        `with fewer than ${MIN_EXPECTED_COUNT} in an arm the normal approximation behind z, the p-value and the interval is unreliable. ` +
        `Use Fisher's exact test on the four counts instead, or collect more data.`
      );
    }
  }
  return undefined;
}

export function readTest(a: Arm, b: Arm, alpha: number, share: number): TestReading {
  finiteNumber(share, 'share', 'The intended treatment share');
  if (!inRange(share, SHARE_RANGE)) {
    throw new InputError(`The intended treatment share must be ${describeRange(SHARE_RANGE)} (got ${share}); 0.5 means a 50/50 split.`, 'share');
  }
  const test = twoProportionZTest(a, b, alpha);
  const srm = sampleRatioMismatch([a.users, b.users], [1 - share, share]);
  const rateA = a.conversions / a.users;
  const rateB = b.conversions / b.users;
  const level = `${fmt((1 - alpha) * 100, 2)}%`;
  // Percentage points, with enough decimals for the interval's size.
  const span = Math.max(Math.abs(test.ciLow), Math.abs(test.ciHigh)) * 100;
  const digits = span >= 0.1 ? 2 : span >= 0.01 ? 3 : 4;
  const interval = `${signed(test.ciLow * 100, digits)} to ${signed(test.ciHigh * 100, digits)} points`;
  const excludesZero = test.ciLow > 0 || test.ciHigh < 0;
  const direction =
    test.diff === 0 ? 'at the same rate as control' : `${pct(Math.abs(test.relativeLift), 1)} ${test.diff > 0 ? 'better' : 'worse'} than control`;
  const opening = `Treatment converts ${direction} (${pct(rateB, 3)} vs ${pct(rateA, 3)})`;
  const p = pIs(test.pValue);
  const at = `α = ${fmt(alpha)} (${p})`;
  const mixed = 'the interval uses an unpooled standard error, the p-value a pooled one';
  let verdict: string;
  if (test.significant) {
    verdict = excludesZero
      ? `${opening}; the difference is statistically significant at ${at}, and the ${level} interval ${interval} excludes 0.`
      : `${opening}; the difference is statistically significant at ${at}, although the ${level} interval ${interval} still includes 0 (${mixed}): a borderline result.`;
  } else {
    verdict = excludesZero
      ? `${opening}, but the difference is not significant at ${at}: the ${level} interval ${interval} only just excludes 0 (it uses an unpooled standard error, the p-value a pooled one): a borderline result.`
      : `${opening}, but the difference is not significant at ${at}: the ${level} interval ${interval} includes 0.`;
  }
  return {
    test,
    srm,
    rateA,
    rateB,
    level,
    interval,
    verdict,
    split: `${pct(1 - share, 2)} / ${pct(share, 2)}`,
    srmP: pIs(srm.pValue),
    smallCounts: smallCountWarning(a, b),
  };
}
