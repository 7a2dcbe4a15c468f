/**
 * ROC and precision–recall curves of a scored sample (pasted, loaded from a file, or a
 * seeded synthetic binormal sample), with a threshold that moves one point along both
 * curves and shows the confusion matrix there. Thin over src/lib/metrics/roc-view.
 */
import { useMemo } from 'preact/hooks';
import { fmt, int } from '../../lib/format';
import { baselineLabelY, chosenThreshold, thresholdExplorer } from '../../lib/metrics/roc-view';
import { nextSeed, syntheticSample } from '../../lib/metrics/synthetic';
import { attempt, CalculatorRoot, useCalculator, type CalculatorProps } from '../kit/calculator';
import { useLazyModule } from '../kit/lazy';
import { Results, ResultsTable } from '../kit/results';
import { Toolbar, UrlNotices } from '../kit/toolbar';
import { AtThreshold } from './AtThreshold';
import { CurveChart } from './CurveChart';
import { rocPr as spec } from './spec';
import './roc-pr.css';

export default function RocPr(props: CalculatorProps) {
  const c = useCalculator(spec, props);
  const s = c.state;
  const synthetic = s.mode !== 'paste';
  const paste = useLazyModule(() => import('./paste'), !synthetic);
  const loading = !synthetic && !paste;
  /** Changing the data resets the threshold to the best-F1 one. */
  const setData = (key: string, value: string) => c.update((prev) => ({ ...prev, [key]: value, t: '' }));

  const outcome = c.record(
    useMemo(
      () =>
        attempt(() => {
          if (loading) return undefined;
          const { labels, scores } = synthetic
            ? syntheticSample({ separation: c.num('separation'), prevalence: c.num('prevalence'), size: c.num('size'), seed: c.num('seed') })
            : paste!.parseScoredRows(s.rows ?? '', 'rows');
          return thresholdExplorer(labels, scores);
        }),
      [synthetic, paste, s.separation, s.prevalence, s.size, s.seed, s.rows],
    ),
  );

  const v = outcome.value ?? undefined;
  const t = s.t?.trim() ? Number(s.t) : Number.NaN;
  const k = v ? chosenThreshold(v, t) : 0;
  const choose = (index: number) => v && c.set('t', String(v.points[index]!.threshold));
  const point = v?.points[k];
  const m = v?.metrics[k];
  const rowsError = c.errorFor('rows') ?? c.errorFor('labels') ?? c.errorFor('scores');

  return (
    <CalculatorRoot calc={c} class="calc">
      <div class="calc-inputs">
        <UrlNotices calc={c} />
        {c.choice('mode', { onChange: (value) => setData('mode', value) })}
        {synthetic ? (
          <>
            {c.field('separation', { onInput: (x) => setData('separation', x) })}
            {c.field('prevalence', { onInput: (x) => setData('prevalence', x) })}
            <div class="calc-grid-2">
              {c.field('size', { onInput: (x) => setData('size', x) })}
              {c.field('seed', { onInput: (x) => setData('seed', x) })}
            </div>
            <div>
              <button type="button" onClick={() => setData('seed', nextSeed(s.seed ?? ''))}>
                Draw another sample
              </button>
            </div>
          </>
        ) : (
          paste && <paste.RowsInput calc={c} error={rowsError} onRows={(text) => setData('rows', text)} />
        )}
        {v && point && m && (
          <div class="calc-field">
            <label for={c.id('threshold')}>Threshold: flag items scoring ≥ {fmt(point.threshold, 4)}</label>
            <input
              id={c.id('threshold')}
              class="roc-range"
              type="range"
              min={0}
              max={v.points.length - 1}
              step={1}
              value={k}
              aria-valuetext={`score ≥ ${fmt(point.threshold, 4)}: recall ${fmt(m.recall, 3)}, precision ${fmt(m.precision, 3)}`}
              onInput={(e) => choose(Number((e.currentTarget as HTMLInputElement).value))}
            />
            <small class="calc-hint">{k === v.bestF1 ? 'This is the threshold with the best F1. ' : ''}Drag along either chart to pick a point.</small>
            {k !== v.bestF1 && (
              <div>
                <button type="button" onClick={() => c.set('t', '')}>
                  Go to the best-F1 threshold
                </button>
              </div>
            )}
          </div>
        )}
        {c.unplaced()}
        <Toolbar calc={c} />
      </div>

      <Results label="ROC and precision–recall curves" outcome={outcome}>
        {(v) =>
          v === undefined ? (
            <p class="calc-note">Loading the reader for pasted rows…</p>
          ) : (
            <>
              <ResultsTable
                caption="Summary of the curves"
                captionHidden
                rows={[
                  { id: 'auc', label: 'ROC-AUC', values: [fmt(v.auc, 4)], formula: 'random ranking: 0.5' },
                  { id: 'ap', label: 'Average precision', values: [fmt(v.ap, 4)], formula: `random ranking: prevalence ${fmt(v.prevalence, 4)}` },
                  { id: 'items', label: 'Items', values: [int(v.total)], formula: `${int(v.positives)} positive, ${int(v.negatives)} negative` },
                ]}
              />
              <div class="roc-charts">
                <CurveChart
                  id={c.id('roc-chart')}
                  title="ROC curve"
                  description={`ROC curve: true positive rate against false positive rate, area ${fmt(v.auc, 3)}, dashed diagonal for a random ranking. The marked threshold has false positive rate ${fmt(m!.fpr, 3)} and true positive rate ${fmt(m!.recall, 3)}.`}
                  xLabel="False positive rate"
                  yLabel="True positive rate (recall)"
                  line={v.rocLine}
                  reference={{ from: [0, 0], to: [1, 1], label: 'random', at: [0.8, 0.68], angle: -45 }}
                  candidates={v.rocCandidates}
                  selected={k}
                  onPick={choose}
                />
                <CurveChart
                  id={c.id('pr-chart')}
                  title="Precision–recall curve"
                  description={`Precision–recall curve: precision against recall, area (average precision) ${fmt(v.ap, 3)}, dashed baseline at the prevalence ${fmt(v.prevalence, 3)}. The marked threshold has recall ${fmt(m!.recall, 3)} and precision ${fmt(m!.precision, 3)}.`}
                  xLabel="Recall"
                  yLabel="Precision"
                  line={v.prLine}
                  reference={{ from: [0, v.prevalence], to: [1, v.prevalence], label: 'prevalence', at: [0.2, baselineLabelY(v.prevalence)], angle: 0 }}
                  candidates={v.prCandidates}
                  selected={k}
                  onPick={choose}
                />
              </div>
              <AtThreshold point={point!} m={m!} />
            </>
          )
        }
      </Results>
    </CalculatorRoot>
  );
}
