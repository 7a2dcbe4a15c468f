/**
 * A/B-test arithmetic for conversion rates: how many users a test needs, how long that
 * takes, whether an observed difference is significant, and whether the traffic split
 * itself went wrong (sample ratio mismatch). Pure functions, no DOM; every input problem
 * is an InputError naming the option it came from.
 *
 * The normal distribution comes from ./normal (checked against @stdlib in its tests).
 */
// The implementation lives in two modules so that each calculator ships only the
// distributions it uses; this module is the public surface shared by pages and tests.
export { sampleSizePerVariant, testDurationDays, type DurationOptions, type SampleSizeOptions } from './sample-size';
export { sampleRatioMismatch, twoProportionZTest, type Arm, type SrmResult, type ZTestResult } from './significance';
