/**
 * A/B test planner: baseline rate, smallest effect worth detecting, α, power and traffic
 * → users per variant, total users and days, plus a chart of how the required sample
 * grows as the effect shrinks; with CUPED's ρ > 0, the adjusted sizes beside the plain ones.
 * Thin over src/lib/stats/plan.
 */
import { fmt, int, pct, percent, signedPercent } from '../../lib/format';
import { planTest } from '../../lib/stats/plan';
import { CalculatorRoot, useCalculator, type CalculatorProps } from '../kit/calculator';
import { Results, ResultsTable } from '../kit/results';
import { Toolbar, UrlNotices } from '../kit/toolbar';
import { SampleSizeChart } from './SampleSizeChart';
import { abTestPlanner as spec } from './spec';

/** One cell, or the plain and the CUPED value side by side. */
const both = (plain: number, cuped: number | undefined) => (cuped === undefined ? [int(plain)] : [int(plain), int(cuped)]);

export default function AbTestPlanner(props: CalculatorProps) {
  const c = useCalculator(spec, props);
  const absolute = c.state.mdeKind === 'absolute';
  const outcome = c.run(() =>
    planTest({
      baselineRate: c.num('baselineRate'),
      minDetectableEffect: c.num('minDetectableEffect'),
      relative: !absolute,
      alpha: c.num('alpha'),
      power: c.num('power'),
      sides: c.state.sides === '1' ? 1 : 2,
      dailyUsers: c.num('dailyUsers'),
      trafficShare: c.num('trafficShare'),
      variants: c.num('variants'),
      correlation: c.num('correlation'),
    }),
  );
  const alpha = outcome.value ? c.num('alpha') : 0;
  const label = (x: number) => (absolute ? `${percent(x, 3)} pt` : pct(x, 2));

  return (
    <CalculatorRoot calc={c} class="calc">
      <div class="calc-inputs">
        <UrlNotices calc={c} />
        {c.field('baselineRate')}
        {c.field('minDetectableEffect')}
        {c.choice('mdeKind')}
        <div class="calc-grid-2 calc-grid-2--end">
          {c.field('alpha')}
          {c.field('power')}
        </div>
        {c.choice('sides')}
        {c.field('dailyUsers')}
        {c.field('trafficShare')}
        {c.field('variants')}
        {c.field('correlation')}
        {c.unplaced()}
        <Toolbar calc={c} />
      </div>

      <Results label="A/B test plan" outcome={outcome}>
        {(p) => (
          <>
            <p class="calc-note" data-result="target">
              Sized to detect a change from {pct(c.num('baselineRate'), 3)} to {pct(p.target, 3)} ({signedPercent(p.absoluteChange, 3)} points,{' '}
              {signedPercent(p.relativeChange, 2)}% relative) with a {c.state.sides === '1' ? 'one' : 'two'}-sided test.
            </p>
            {p.cuped && (
              <p class="calc-note" data-result="cuped">
                CUPED with ρ = {fmt(p.cuped.correlation)} leaves 1 − ρ² = {fmt(p.cuped.varianceFactor)} of the variance, so each variant needs{' '}
                {pct(1 - p.cuped.varianceFactor, 2)} fewer users: ⌈{int(p.perVariant)} × {fmt(p.cuped.varianceFactor)}⌉ = {int(p.cuped.perVariant)}.
              </p>
            )}
            <ResultsTable
              caption="Test size and duration"
              captionHidden
              rowKey="result"
              {...(p.cuped ? { head: ['Quantity', 'Without CUPED', 'With CUPED'] } : {})}
              rows={[
                { id: 'perVariant', label: 'Users per variant', values: both(p.perVariant, p.cuped?.perVariant) },
                { id: 'total', label: `Total users (${int(p.comparisons + 1)} variants)`, values: both(p.total, p.cuped?.total) },
                { id: 'perDay', label: 'Users entering the test per day', values: both(p.perDay, p.cuped ? p.perDay : undefined) },
                { id: 'days', label: 'Days to run', values: both(p.days, p.cuped?.days) },
              ]}
            />
            {p.shorterThanAWeek && (
              <p class="calc-note">
                Run for at least a full week anyway, so every weekday is represented equally, and decide the length before starting: stopping at the first
                significant day inflates false positives.
              </p>
            )}
            {p.longerThanAYear && (
              <p class="calc-note">More than a year: accept a larger effect, put more traffic into the test or choose a more sensitive metric.</p>
            )}
            {p.comparisons > 1 && (
              <p class="calc-note">
                Each of the {int(p.comparisons)} treatments is compared with the control at α = {fmt(alpha)}; to keep the overall false-positive rate at α, use
                a stricter α per comparison (Bonferroni: α / {int(p.comparisons)}).
              </p>
            )}
            <SampleSizeChart curve={p.curve} label={label} kind={absolute ? 'absolute' : 'relative'} />
          </>
        )}
      </Results>
    </CalculatorRoot>
  );
}
