/**
 * Cost-sensitive threshold: scored cases (a seeded synthetic sample, or pasted label,score
 * rows) and a cost for each outcome → total cost against the share of cases flagged, the
 * cheapest threshold with its confusion matrix, the two extremes, and the Bayes threshold
 * for calibrated scores. Thin over src/lib/metrics/cost-view.
 */
import { useMemo } from 'preact/hooks';
import { fmt, int, pct } from '../../lib/format';
import { costReport } from '../../lib/metrics/cost-view';
import { nextSeed, syntheticSample } from '../../lib/metrics/synthetic';
import { attempt, CalculatorRoot, useCalculator, type CalculatorProps } from '../kit/calculator';
import { useLazyModule } from '../kit/lazy';
import { Results, ResultsTable } from '../kit/results';
import { Toolbar, UrlNotices } from '../kit/toolbar';
import { CostChart } from './CostChart';
import { costThreshold as spec } from './spec';

const threshold = (t: number) => (Number.isFinite(t) ? `score ≥ ${fmt(t, 4)}` : 'flag nothing');
const matrix = (c: { tp: number; fp: number; fn: number; tn: number }) => `TP ${int(c.tp)} · FP ${int(c.fp)} · FN ${int(c.fn)} · TN ${int(c.tn)}`;

export default function CostThreshold(props: CalculatorProps) {
  const c = useCalculator(spec, props);
  const s = c.state;
  const synthetic = s.mode !== 'paste';
  // The pasted-rows reader is the ROC explorer's, loaded the first time that mode is chosen.
  const paste = useLazyModule(() => import('../roc-pr/paste'), !synthetic);

  const data = c.record(
    useMemo(
      () =>
        attempt(() =>
          synthetic
            ? syntheticSample({ separation: c.num('separation'), prevalence: c.num('prevalence'), size: c.num('size'), seed: c.num('seed') })
            : paste && paste.parseScoredRows(s.rows ?? '', 'rows'),
        ),
      [synthetic, paste, s.separation, s.prevalence, s.size, s.seed, s.rows],
    ),
  );
  const outcome = c.run(() => {
    const costs = { fp: c.num('cost.fp'), fn: c.num('cost.fn'), tp: c.num('cost.tp'), tn: c.num('cost.tn') };
    if (data.error) throw data.error;
    return data.value && costReport(data.value.labels, data.value.scores, costs);
  });
  const rowsError = c.errorFor('rows') ?? c.errorFor('labels') ?? c.errorFor('scores');

  return (
    <CalculatorRoot calc={c} class="calc">
      <div class="calc-inputs">
        <UrlNotices calc={c} />
        {c.choice('mode')}
        {synthetic ? (
          <>
            {c.field('separation')}
            {c.field('prevalence')}
            <div class="calc-grid-2">
              {c.field('size')}
              {c.field('seed')}
            </div>
            <div>
              <button type="button" onClick={() => c.set('seed', nextSeed(s.seed ?? ''))}>
                Draw another sample
              </button>
            </div>
          </>
        ) : (
          paste && <paste.RowsInput calc={c} error={rowsError} onRows={(text) => c.set('rows', text)} />
        )}
        <div class="calc-grid-2">
          {c.field('cost.fp')}
          {c.field('cost.fn')}
          {c.field('cost.tp')}
          {c.field('cost.tn')}
        </div>
        {c.unplaced()}
        <Toolbar calc={c} />
      </div>
      <Results label="Cost-sensitive threshold" outcome={outcome}>
        {(r) =>
          !r ? (
            <p class="calc-note">Loading the reader for pasted rows…</p>
          ) : (
            <>
              <ResultsTable
                caption="Cost at the cheapest threshold and at the extremes"
                captionHidden
                rowKey="result"
                rows={[
                  { id: 'best', label: 'Cheapest threshold', values: [threshold(r.best.threshold)], formula: `flags ${pct(r.best.share, 2)} of ${int(r.total)} cases` },
                  { id: 'best-cost', label: 'Total cost there', values: [fmt(r.best.cost, 6)], formula: `${fmt(r.best.cost / r.total, 4)} per case` },
                  { id: 'best-matrix', label: 'Confusion matrix there', values: [matrix(r.best.confusion)] },
                  { id: 'nothing', label: 'Flag nothing', values: [fmt(r.flagNothing, 6)], formula: 'every positive missed' },
                  { id: 'all', label: 'Flag everything', values: [fmt(r.flagAll, 6)], formula: 'every negative flagged' },
                  ...(r.bayes.kind === 'threshold'
                    ? [
                        {
                          id: 'bayes',
                          label: 'Bayes threshold',
                          values: [`p ≥ ${fmt(r.bayes.threshold, 4)}`],
                          formula: '(fp − tn) / ((fp − tn) + (fn − tp))',
                        },
                        { id: 'bayes-cost', label: 'Cost at the Bayes threshold', values: [fmt(r.bayes.cost, 6)], formula: matrix(r.bayes.confusion) },
                      ]
                    : []),
                ]}
              />
              {r.bayes.kind === 'degenerate' && (
                <p class="calc-warning" data-result="bayes">
                  {r.bayes.message}
                </p>
              )}
              {r.bayes.kind === 'not-probabilities' && (
                <p class="calc-note" data-result="bayes">
                  Some scores lie outside 0–1, so they are not probabilities and the Bayes threshold does not apply; the cheapest threshold above still does.
                </p>
              )}
              {r.bayes.kind === 'threshold' && (
                <p class="calc-note">
                  The Bayes threshold is the cheapest decision only when scores are calibrated probabilities; on this sample it costs {fmt(r.bayes.cost, 6)} against{' '}
                  {fmt(r.best.cost, 6)} at the sample’s own minimum.
                </p>
              )}
              <CostChart id={c.id('cost-chart')} report={r} />
            </>
          )
        }
      </Results>
    </CalculatorRoot>
  );
}
