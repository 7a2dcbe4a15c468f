/**
 * Significance checker: users and conversions per arm → rates, lift, the (1 − α) interval
 * of the difference, z and p, a verdict in plain words, and a sample-ratio-mismatch check
 * of the user counts against the intended split. Thin over src/lib/stats/abtest.
 */
import { sampleRatioMismatch, twoProportionZTest, type Arm, type SrmResult, type ZTestResult } from '../lib/stats/significance';
import { MetricInputError } from '../lib/metrics/errors';
import { Field, InvalidNote, Results } from './shared/Field';
import { fmt, int, pct } from './shared/format';
import { attempt, parseNumber } from './shared/parse';
import { useUrlState } from './shared/url-state';

// Defaults teach that a big-looking lift can be noise: +8% relative on 20,000 users per
// arm is not significant at α = 0.05 (p ≈ 0.07), and its interval includes 0.
const DEFAULTS = {
  usersA: '20,000',
  convA: '1,000',
  usersB: '20,000',
  convB: '1,080',
  alpha: '0.05',
  share: '0.5',
};

/** Fields the island can show a message next to (library option names, plus `share`). */
const FIELDS = ['a.users', 'a.conversions', 'b.users', 'b.conversions', 'alpha', 'share'];


/** A signed number with a real minus sign. */
function signed(value: number, digits: number): string {
  const text = fmt(Math.abs(value), digits);
  if (text === '0') return '0';
  return `${value < 0 ? '−' : '+'}${text}`;
}

/** p-values below 0.0001 are shown as a bound: their exact size carries no extra meaning. */
function pText(p: number): string {
  return p < 0.0001 ? '< 0.0001' : fmt(p, 4);
}

/** "p = 0.0716" or "p < 0.0001". */
function pIs(p: number): string {
  return p < 0.0001 ? 'p < 0.0001' : `p = ${fmt(p, 4)}`;
}

export default function SignificanceChecker() {
  const [s, set] = useUrlState('sig', DEFAULTS);

  const parsed = attempt(() => {
    const a = { users: parseNumber(s.usersA, 'Control users', 'a.users'), conversions: parseNumber(s.convA, 'Control conversions', 'a.conversions') };
    const b = { users: parseNumber(s.usersB, 'Treatment users', 'b.users'), conversions: parseNumber(s.convB, 'Treatment conversions', 'b.conversions') };
    const alpha = parseNumber(s.alpha, 'α', 'alpha');
    const share = parseNumber(s.share, 'Intended treatment share', 'share');
    if (!(share > 0 && share < 1)) {
      throw new MetricInputError(`The intended treatment share must be strictly between 0 and 1 (got ${share}); 0.5 means a 50/50 split.`, 'share');
    }
    const test = twoProportionZTest(a, b, alpha);
    const srm = sampleRatioMismatch([a.users, b.users], [1 - share, share]);
    const computed: Computed = { a, b, alpha, share, test, srm, rateA: a.conversions / a.users, rateB: b.conversions / b.users };
    return computed;
  });
  const err = parsed.error;
  const errorFor = (field: string) => (err && err.field === field ? err.message : undefined);
  const v = parsed.value;

  return (
    <div class="calc">
      <div class="calc-inputs">
        <div class="calc-grid-2 calc-grid-2--end">
          <Field id="sig-users-a" label="Control (A) users" value={s.usersA} onInput={(x) => set('usersA', x)} error={errorFor('a.users')} inputMode="numeric" />
          <Field id="sig-conv-a" label="Control (A) conversions" value={s.convA} onInput={(x) => set('convA', x)} error={errorFor('a.conversions')} inputMode="numeric" />
          <Field id="sig-users-b" label="Treatment (B) users" value={s.usersB} onInput={(x) => set('usersB', x)} error={errorFor('b.users')} inputMode="numeric" />
          <Field id="sig-conv-b" label="Treatment (B) conversions" value={s.convB} onInput={(x) => set('convB', x)} error={errorFor('b.conversions')} inputMode="numeric" />
        </div>
        <Field id="sig-alpha" label="Significance level α" value={s.alpha} onInput={(x) => set('alpha', x)} error={errorFor('alpha')} />
        <Field
          id="sig-share"
          label="Intended share of users in treatment (B)"
          value={s.share}
          onInput={(x) => set('share', x)}
          error={errorFor('share')}
          hint="0.5 for a 50/50 split; used to check the user counts for a sample ratio mismatch."
        />
        {err && (err.field === undefined || !FIELDS.includes(err.field)) && <p class="calc-error">{err.message}</p>}
      </div>

      <Results label="Significance test">
        {v ? <Verdict {...v} /> : <InvalidNote message={err!.message} />}
      </Results>
    </div>
  );
}

interface Computed {
  a: Arm;
  b: Arm;
  alpha: number;
  share: number;
  test: ZTestResult;
  srm: SrmResult;
  rateA: number;
  rateB: number;
}

function Verdict({ a, b, alpha, share, test, srm, rateA, rateB }: Computed) {
  const level = `${fmt((1 - alpha) * 100, 2)}%`;
  // Percentage points, with enough decimals for the interval's size.
  const span = Math.max(Math.abs(test.ciLow), Math.abs(test.ciHigh)) * 100;
  const digits = span >= 0.1 ? 2 : span >= 0.01 ? 3 : 4;
  const pts = (x: number) => signed(x * 100, digits);
  const interval = `${pts(test.ciLow)} to ${pts(test.ciHigh)} points`;
  const excludesZero = test.ciLow > 0 || test.ciHigh < 0;
  const direction =
    test.diff === 0 ? 'at the same rate as control' : `${pct(Math.abs(test.relativeLift), 1)} ${test.diff > 0 ? 'better' : 'worse'} than control`;
  const rates = `(${pct(rateB, 3)} vs ${pct(rateA, 3)})`;
  const p = pIs(test.pValue);
  const alphaText = fmt(alpha);

  let verdict: string;
  if (test.significant) {
    verdict =
      `Treatment converts ${direction} ${rates}; the difference is statistically significant at α = ${alphaText} (${p}), ` +
      (excludesZero
        ? `and the ${level} interval ${interval} excludes 0.`
        : `although the ${level} interval ${interval} still includes 0 (the interval uses an unpooled standard error, the p-value a pooled one): a borderline result.`);
  } else {
    verdict =
      `Treatment converts ${direction} ${rates}, but the difference is not significant at α = ${alphaText} (${p}): ` +
      (excludesZero
        ? `the ${level} interval ${interval} only just excludes 0 (it uses an unpooled standard error, the p-value a pooled one): a borderline result.`
        : `the ${level} interval ${interval} includes 0.`);
  }

  return (
    <>
      <table class="calc-table">
        <caption class="sr-only">Test results</caption>
        <tbody>
          <tr data-result="rateA">
            <th scope="row">Control conversion rate</th>
            <td class="calc-num">{pct(rateA, 3)}</td>
          </tr>
          <tr data-result="rateB">
            <th scope="row">Treatment conversion rate</th>
            <td class="calc-num">{pct(rateB, 3)}</td>
          </tr>
          <tr data-result="diff">
            <th scope="row">Absolute lift</th>
            <td class="calc-num">{signed(test.diff * 100, 3)} points</td>
          </tr>
          <tr data-result="relative">
            <th scope="row">Relative lift</th>
            <td class="calc-num">{signed(test.relativeLift * 100, 2)}%</td>
          </tr>
          <tr data-result="ci">
            <th scope="row">{level} interval of the difference</th>
            <td class="calc-num">
              {pts(test.ciLow)} to {pts(test.ciHigh)} points
            </td>
          </tr>
          <tr data-result="z">
            <th scope="row">z</th>
            <td class="calc-num">{signed(test.z, 3)}</td>
          </tr>
          <tr data-result="p">
            <th scope="row">p-value (two-sided)</th>
            <td class="calc-num">{pText(test.pValue)}</td>
          </tr>
        </tbody>
      </table>
      <p class={`calc-verdict ${test.significant ? 'calc-verdict--yes' : 'calc-verdict--no'}`} data-result="verdict">
        {verdict}
      </p>
      {!test.significant && (
        <p class="calc-note">
          “Not significant” is not proof of no effect: this many users can only reliably detect larger lifts. Size the test before running it, with the A/B test planner.
        </p>
      )}
      {srm.mismatch ? (
        <div class="calc-warning" data-result="srm">
          <p>
            <strong>Sample ratio mismatch.</strong> {int(a.users)} control and {int(b.users)} treatment users are too far from the intended{' '}
            {pct(1 - share, 2)} / {pct(share, 2)} split to be chance (χ² = {fmt(srm.chiSquare, 2)}, {pIs(srm.pValue)}, below the 0.001 threshold).
          </p>
          <p>
            Something in assignment or logging treats the arms differently (a bucketing bug, a redirect or crash that loses users in one arm, bot filtering,
            a late start in one arm), so the users being compared are no longer alike. Do not trust the result above until the cause is found and fixed.
          </p>
        </div>
      ) : (
        <p class="calc-note" data-result="srm">
          Sample ratio check: {int(a.users)} vs {int(b.users)} users against an intended {pct(1 - share, 2)} / {pct(share, 2)} split, χ² ={' '}
          {fmt(srm.chiSquare, 2)}, {pIs(srm.pValue)}: no sign of a mismatch.
        </p>
      )}
    </>
  );
}
