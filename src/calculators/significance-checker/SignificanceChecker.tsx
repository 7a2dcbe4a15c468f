/**
 * Significance checker: users and conversions per arm → rates, lift, the (1 − α) interval
 * of the difference, z and p, a verdict in plain words, and a sample-ratio-mismatch check
 * of the user counts against the intended split. Thin over src/lib/stats/read-test.
 */
import { fmt, int, pct, signed, signedPercent } from '../../lib/format';
import { pText, readTest, type TestReading } from '../../lib/stats/read-test';
import { CalculatorRoot, useCalculator, type CalculatorProps } from '../kit/calculator';
import { Results, ResultsTable } from '../kit/results';
import { Toolbar, UrlNotices } from '../kit/toolbar';
import { significanceChecker as spec } from './spec';

export default function SignificanceChecker(props: CalculatorProps) {
  const c = useCalculator(spec, props);
  const outcome = c.run(() => {
    const a = { users: c.num('a.users'), conversions: c.num('a.conversions') };
    const b = { users: c.num('b.users'), conversions: c.num('b.conversions') };
    const reading = readTest(a, b, c.num('alpha'), c.num('share'));
    return { a, b, reading };
  });

  return (
    <CalculatorRoot calc={c} class="calc">
      <div class="calc-inputs">
        <UrlNotices calc={c} />
        <div class="calc-grid-2 calc-grid-2--end">
          {c.field('a.users')}
          {c.field('a.conversions')}
          {c.field('b.users')}
          {c.field('b.conversions')}
        </div>
        {c.field('alpha')}
        {c.field('share')}
        {c.unplaced()}
        <Toolbar calc={c} />
      </div>
      <Results label="Significance test" outcome={outcome}>
        {({ a, b, reading }) => <Reading r={reading} usersA={a.users} usersB={b.users} />}
      </Results>
    </CalculatorRoot>
  );
}

function Reading({ r, usersA, usersB }: { r: TestReading; usersA: number; usersB: number }) {
  const { test, srm } = r;
  const chi = `χ² = ${fmt(srm.chiSquare, 2)}, ${r.srmP}`;
  return (
    <>
      <ResultsTable
        caption="Test results"
        captionHidden
        rowKey="result"
        rows={[
          { id: 'rateA', label: 'Control conversion rate', values: [pct(r.rateA, 3)] },
          { id: 'rateB', label: 'Treatment conversion rate', values: [pct(r.rateB, 3)] },
          { id: 'diff', label: 'Absolute lift', values: [`${signedPercent(test.diff, 3)} points`] },
          { id: 'relative', label: 'Relative lift', values: [`${signedPercent(test.relativeLift, 2)}%`] },
          { id: 'ci', label: `${r.level} interval of the difference`, values: [r.interval] },
          { id: 'z', label: 'z', values: [signed(test.z, 3)] },
          { id: 'p', label: 'p-value (two-sided)', values: [pText(test.pValue)] },
        ]}
      />
      <p class={`calc-verdict ${test.significant ? 'calc-verdict--yes' : 'calc-verdict--no'}`} data-result="verdict">
        {r.verdict}
      </p>
      {r.smallCounts && (
        <p class="calc-warning" data-result="small-counts">
          {r.smallCounts}
        </p>
      )}
      {!test.significant && (
        <p class="calc-note">
          “Not significant” is not proof of no effect: this many users can only reliably detect larger lifts. Size the test before running it, with the A/B test
          planner.
        </p>
      )}
      {srm.mismatch ? (
        <div class="calc-warning" data-result="srm">
          <p>
            <strong>Sample ratio mismatch.</strong> {int(usersA)} control and {int(usersB)} treatment users are too far from the intended {r.split} split to be
            chance ({chi}, below the 0.001 threshold).
          </p>
          <p>
            Something in assignment or logging treats the arms differently (a bucketing bug, a redirect or crash that loses users in one arm, bot filtering, a
            late start in one arm), so the users being compared are no longer alike. Do not trust the result above until the cause is found and fixed.
          </p>
        </div>
      ) : (
        <p class="calc-note" data-result="srm">
          Sample ratio check: {int(usersA)} vs {int(usersB)} users against an intended {r.split} split, {chi}: no sign of a mismatch.
        </p>
      )}
    </>
  );
}
