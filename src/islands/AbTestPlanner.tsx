/**
 * A/B test planner: baseline rate, smallest effect worth detecting, α, power and traffic
 * → users per variant, total users and days, plus a chart of how the required sample
 * grows as the effect shrinks. Thin over src/lib/stats/abtest: parsing here, formulas there.
 */
import { sampleSizePerVariant, testDurationDays } from '../lib/stats/sample-size';
import { Field, InvalidNote, Results, Select } from './shared/Field';
import { fmt, int, pct } from './shared/format';
import { attempt, parseNumber } from './shared/parse';
import { useUrlState } from './shared/url-state';

// Defaults teach how expensive small effects are: a 2% relative lift on a 5% baseline
// needs about 750,000 users per variant, even though the traffic covers it in 4 days.
const DEFAULTS = {
  baseline: '0.05',
  mde: '0.02',
  mdeKind: 'relative',
  alpha: '0.05',
  power: '0.8',
  sides: '2',
  daily: '1,000,000',
  share: '0.5',
  variants: '2',
};

/** Library option name → input id, so a MetricInputError lands next to its field. */
const FIELD_IDS: Record<string, string> = {
  baselineRate: 'ab-baseline',
  minDetectableEffect: 'ab-mde',
  alpha: 'ab-alpha',
  power: 'ab-power',
  dailyUsers: 'ab-daily',
  trafficShare: 'ab-share',
  variants: 'ab-variants',
};

/** Multiples of the chosen effect drawn in the chart. */
const CURVE_FACTORS = [0.5, 0.625, 0.75, 0.875, 1, 1.25, 1.5, 1.75, 2, 2.5];


export default function AbTestPlanner() {
  const [s, set] = useUrlState('ab', DEFAULTS);

  const parsed = attempt(() => {
    const baselineRate = parseNumber(s.baseline, 'Baseline rate', 'baselineRate');
    const mde = parseNumber(s.mde, 'Minimum detectable effect', 'minDetectableEffect');
    const alpha = parseNumber(s.alpha, 'α', 'alpha');
    const power = parseNumber(s.power, 'Power', 'power');
    const dailyUsers = parseNumber(s.daily, 'Daily eligible users', 'dailyUsers');
    const trafficShare = parseNumber(s.share, 'Share of traffic', 'trafficShare');
    const variants = parseNumber(s.variants, 'Number of variants', 'variants');
    const relative = s.mdeKind !== 'absolute';
    const sides: 1 | 2 = s.sides === '1' ? 1 : 2;
    const plan = { baselineRate, relative, alpha, power, sides };
    const perVariant = sampleSizePerVariant({ ...plan, minDetectableEffect: mde });
    const days = testDurationDays({ perVariant, variants, dailyUsers, trafficShare });
    const curve: { mde: number; n: number }[] = [];
    for (const f of CURVE_FACTORS) {
      // Points whose effect is impossible (a rate beyond 0 or 1) are simply left out.
      const point = attempt(() => sampleSizePerVariant({ ...plan, minDetectableEffect: mde * f }));
      if (point.value !== undefined) curve.push({ mde: mde * f, n: point.value });
    }
    // The rate the test is sized to detect (display only; the library checks it lies in (0, 1)).
    const target = relative ? baselineRate * (1 + mde) : baselineRate + mde;
    return { baselineRate, mde, relative, alpha, sides, variants, perVariant, days, curve, target, perDay: dailyUsers * trafficShare };
  });
  const err = parsed.error;
  const errorFor = (field: string) => (err && err.field === field ? err.message : undefined);
  const v = parsed.value;
  const mdeLabel = (x: number) => (s.mdeKind === 'absolute' ? `${fmt(x * 100, 3)} pt` : pct(x, 2));

  return (
    <div class="calc">
      <div class="calc-inputs">
        <Field id="ab-baseline" label="Baseline conversion rate" value={s.baseline} onInput={(x) => set('baseline', x)} error={errorFor('baselineRate')} hint="A proportion: 0.05 means 5%." />
        <Field id="ab-mde" label="Minimum detectable effect" value={s.mde} onInput={(x) => set('mde', x)} error={errorFor('minDetectableEffect')} />
        <Select
          id="ab-mde-kind"
          label="Effect is"
          value={s.mdeKind}
          onChange={(x) => set('mdeKind', x)}
          options={[
            { value: 'relative', label: 'Relative (0.02 = 2% of baseline)' },
            { value: 'absolute', label: 'Absolute (0.02 = 2 points)' },
          ]}
        />
        <div class="calc-grid-2 calc-grid-2--end">
          <Field id="ab-alpha" label="Significance level α" value={s.alpha} onInput={(x) => set('alpha', x)} error={errorFor('alpha')} />
          <Field id="ab-power" label="Power (1 − β)" value={s.power} onInput={(x) => set('power', x)} error={errorFor('power')} />
        </div>
        <Select
          id="ab-sides"
          label="Test type"
          value={s.sides}
          onChange={(x) => set('sides', x)}
          options={[
            { value: '2', label: 'Two-sided (detects a rise or a fall)' },
            { value: '1', label: 'One-sided (only in the effect’s direction)' },
          ]}
        />
        <Field id="ab-daily" label="Daily eligible users" value={s.daily} onInput={(x) => set('daily', x)} error={errorFor('dailyUsers')} inputMode="numeric" />
        <Field id="ab-share" label="Share of traffic in the test" value={s.share} onInput={(x) => set('share', x)} error={errorFor('trafficShare')} hint="0.5 = half of eligible users." />
        <Field id="ab-variants" label="Number of variants" value={s.variants} onInput={(x) => set('variants', x)} error={errorFor('variants')} inputMode="numeric" hint="Control included." />
        {err && (err.field === undefined || !(err.field in FIELD_IDS)) && <p class="calc-error">{err.message}</p>}
      </div>

      <Results label="A/B test plan">
        {v ? (
          <>
            <p class="calc-note" data-result="target">
              Sized to detect a change from {pct(v.baselineRate, 3)} to {pct(v.target, 3)} ({signed(((v.target - v.baselineRate) * 100), 3)} points,{' '}
              {signed((v.target - v.baselineRate) / v.baselineRate * 100, 2)}% relative) with a {v.sides === 2 ? 'two' : 'one'}-sided test.
            </p>
            <table class="calc-table">
              <caption class="sr-only">Test size and duration</caption>
              <tbody>
                <tr data-result="perVariant">
                  <th scope="row">Users per variant</th>
                  <td class="calc-num">{int(v.perVariant)}</td>
                </tr>
                <tr data-result="total">
                  <th scope="row">Total users ({int(v.variants)} variants)</th>
                  <td class="calc-num">{int(v.perVariant * v.variants)}</td>
                </tr>
                <tr data-result="perDay">
                  <th scope="row">Users entering the test per day</th>
                  <td class="calc-num">{int(v.perDay)}</td>
                </tr>
                <tr data-result="days">
                  <th scope="row">Days to run</th>
                  <td class="calc-num">{int(v.days)}</td>
                </tr>
              </tbody>
            </table>
            {v.days < 7 && (
              <p class="calc-note">
                Run for at least a full week anyway, so every weekday is represented equally, and decide the length before starting: stopping at the first
                significant day inflates false positives.
              </p>
            )}
            {v.days > 365 && <p class="calc-note">More than a year: accept a larger effect, put more traffic into the test or choose a more sensitive metric.</p>}
            {v.variants > 2 && (
              <p class="calc-note">
                Each of the {int(v.variants - 1)} treatments is compared with the control at α = {fmt(v.alpha)}; to keep the overall false-positive rate at α, use
                a stricter α per comparison (Bonferroni: α / {int(v.variants - 1)}).
              </p>
            )}
            <SampleSizeChart curve={v.curve} chosen={v.mde} label={mdeLabel} kind={s.mdeKind === 'absolute' ? 'absolute' : 'relative'} />
          </>
        ) : (
          <InvalidNote message={err!.message} />
        )}
      </Results>
    </div>
  );
}

/** A signed number with a real minus sign, up to `digits` decimals. */
function signed(value: number, digits: number): string {
  const text = fmt(Math.abs(value), digits);
  if (text === '0') return '0';
  return `${value < 0 ? '−' : '+'}${text}`;
}

/** 1,200 → "1.2k", 3,000,000 → "3M": short labels for the chart's log axis. */
function compact(n: number): string {
  if (n >= 1e9) return `${fmt(n / 1e9, 1)}B`;
  if (n >= 1e6) return `${fmt(n / 1e6, 1)}M`;
  if (n >= 1e3) return `${fmt(n / 1e3, 1)}k`;
  return fmt(n, 0);
}

const W = 340;
const H = 190;
const PAD = { left: 46, right: 14, top: 14, bottom: 34 };

function SampleSizeChart({ curve, chosen, label, kind }: { curve: { mde: number; n: number }[]; chosen: number; label: (x: number) => string; kind: string }) {
  if (curve.length < 2) return null;
  curve = [...curve].sort((a, b) => a.mde - b.mde); // left to right, also when the effect is a decrease
  const xs = curve.map((p) => p.mde);
  const logs = curve.map((p) => Math.log10(p.n));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [l0, l1] = [Math.min(...logs), Math.max(...logs)];
  const lo = l1 - l0 < 0.5 ? l0 - 0.25 : l0;
  const hi = l1 - l0 < 0.5 ? l1 + 0.25 : l1;
  const px = (x: number) => PAD.left + ((x - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const py = (n: number) => PAD.top + ((hi - Math.log10(n)) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  let ticks: number[] = [];
  for (let e = Math.ceil(lo); e <= Math.floor(hi); e++) ticks.push(10 ** e);
  if (ticks.length < 2) {
    // Fewer than two powers of ten in view: add the 2s and 5s in between.
    ticks = [];
    for (let e = Math.floor(lo); e <= Math.ceil(hi); e++) {
      for (const m of [1, 2, 5]) {
        const t = m * 10 ** e;
        if (Math.log10(t) >= lo && Math.log10(t) <= hi) ticks.push(t);
      }
    }
  }
  const current = curve.find((p) => p.mde === chosen);
  const first = curve[0]!;
  const last = curve[curve.length - 1]!;
  const description =
    `Users per variant needed against the minimum detectable effect (${kind}), log scale: ` +
    `${int(first.n)} at ${label(first.mde)}, ${int(last.n)} at ${label(last.mde)}` +
    (current ? `; the chosen ${label(current.mde)} needs ${int(current.n)}.` : '.') +
    ' Halving the effect roughly quadruples the sample.';
  return (
    <figure class="calc-figure">
      <svg class="calc-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={description}>
        <title>Required users per variant against the minimum detectable effect</title>
        {ticks.map((t) => (
          <g key={t}>
            <line class="calc-chart-grid" x1={PAD.left} x2={W - PAD.right} y1={py(t)} y2={py(t)} />
            <text class="calc-chart-label" x={PAD.left - 6} y={py(t) + 4} text-anchor="end">
              {compact(t)}
            </text>
          </g>
        ))}
        <line class="calc-chart-axis" x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} />
        <line class="calc-chart-axis" x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} />
        <polyline class="calc-chart-line" points={curve.map((p) => `${px(p.mde).toFixed(1)},${py(p.n).toFixed(1)}`).join(' ')} />
        {curve.map((p) => (
          <circle key={p.mde} class={p === current ? 'calc-chart-dot calc-chart-dot--current' : 'calc-chart-dot'} cx={px(p.mde)} cy={py(p.n)} r={p === current ? 5 : 3} />
        ))}
        {current && (
          <text class="calc-chart-label calc-chart-label--current" x={px(current.mde) + 8} y={py(current.n) - 8}>
            {compact(current.n)}
          </text>
        )}
        {[first, current, last].filter((p): p is { mde: number; n: number } => p !== undefined).map((p, i) => (
          <text key={i} class="calc-chart-label" x={px(p.mde)} y={H - PAD.bottom + 15} text-anchor={p === first ? 'start' : p === last ? 'end' : 'middle'}>
            {label(p.mde)}
          </text>
        ))}
        <text class="calc-chart-label" x={(PAD.left + W - PAD.right) / 2} y={H - 4} text-anchor="middle">
          Minimum detectable effect
        </text>
      </svg>
      <figcaption class="calc-hint">Users per variant (log scale) for effects from half to 2.5 times the one chosen; the large dot is yours.</figcaption>
    </figure>
  );
}
