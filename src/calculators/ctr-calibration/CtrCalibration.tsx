/**
 * CTR calibration under negative downsampling: either a scenario (true CTR and the share
 * w of negatives kept) or pasted labels and predictions, before and after
 * `recalibrate`. Thin over src/lib/metrics/ctr.
 */
import { calibrationLists, downsampledRateSteps, downsamplingScenario, recalibrationSteps, type CalibrationLists } from '../../lib/metrics/ctr';
import { fmt, percent } from '../../lib/format';
import { parseNumberList } from '../../lib/number-list';
import { CalculatorRoot, useCalculator, type CalculatorProps } from '../kit/calculator';
import { Results, ResultsTable } from '../kit/results';
import { Toolbar, UrlNotices } from '../kit/toolbar';
import { ctrCalibration as spec } from './spec';
import './ctr-calibration.css';

/** q = p / (p + (1 − p) / w) with the numbers in. */
function RecalibrationFormula({ p, w }: { p: number; w: number }) {
  const q = recalibrationSteps(p, w);
  return (
    <p class="calc-formula ctr-formula" data-formula="recalibration">
      q = p / (p + (1 − p) / w) = {fmt(q.p)} / ({fmt(q.p)} + {fmt(q.oneMinusP)} / {fmt(q.w)}) = {fmt(q.p)} / {fmt(q.denominator)} = {fmt(q.result)}
    </p>
  );
}

const ps = (
  <>
    p<sub>s</sub>
  </>
);

export default function CtrCalibration(props: CalculatorProps) {
  const c = useCalculator(spec, props);
  const scenario = c.state.mode !== 'lists';
  const outcome = c.run(() => {
    const w = c.num('w');
    if (scenario) {
      const ctr = c.num('ctr');
      return { kind: 'scenario' as const, w, result: downsamplingScenario(ctr, w), steps: downsampledRateSteps(ctr, w) };
    }
    const lists = calibrationLists(parseNumberList(c.state.labels ?? '', 'labels'), parseNumberList(c.state.probabilities ?? '', 'probabilities'), w);
    return { kind: 'lists' as const, ...lists };
  });

  return (
    <CalculatorRoot calc={c} class="calc">
      <div class="calc-inputs">
        <UrlNotices calc={c} />
        {c.choice('mode')}
        {scenario ? (
          c.field('ctr')
        ) : (
          <>
            {c.field('labels')}
            {c.field('probabilities')}
          </>
        )}
        {c.field('w')}
        {c.unplaced()}
        <Toolbar calc={c} />
      </div>

      <Results label="Calibration before and after recalibration" outcome={outcome}>
        {(v) =>
          v.kind === 'scenario' ? (
            <>
              <p class="calc-formula ctr-formula" data-formula="downsampled">
                p<sub>s</sub> = c / (c + (1 − c) · w) = {fmt(v.steps.c)} / ({fmt(v.steps.c)} + {fmt(v.steps.oneMinusC)} × {fmt(v.steps.w)}) = {fmt(v.steps.c)} /{' '}
                {fmt(v.steps.denominator)} = {fmt(v.steps.result)}
              </p>
              <ResultsTable
                caption="What downsampling does to predicted CTR"
                captionHidden
                head={['Quantity', 'Value', 'Meaning']}
                rows={[
                  {
                    id: 'trained',
                    label: <>CTR the model learns, {ps}</>,
                    values: [fmt(v.result.trainedRate)],
                    formula: 'the click rate of the downsampled training data',
                  },
                  {
                    id: 'raw-calibration',
                    label: 'Calibration of raw predictions',
                    values: [fmt(v.result.rawCalibration)],
                    formula: (
                      <>
                        {ps} / c: predicted ÷ actual clicks on real traffic (1/w = {fmt(v.result.lowCtrLimit)})
                      </>
                    ),
                  },
                  { id: 'recalibrated', label: 'Recalibrated prediction q', values: [fmt(v.result.recalibratedRate)], formula: <>recalibrate({ps}, w)</> },
                  {
                    id: 'recalibrated-calibration',
                    label: 'Calibration after recalibration',
                    values: [fmt(v.result.recalibratedCalibration)],
                    formula: 'q / c',
                  },
                  {
                    id: 'raw-ne',
                    label: <>NE of predicting {ps} for everyone</>,
                    values: [fmt(v.result.rawConstantNE)],
                    formula: 'log loss ÷ entropy of c, on real traffic',
                  },
                  {
                    id: 'recalibrated-ne',
                    label: 'NE of predicting q for everyone',
                    values: [fmt(v.result.recalibratedConstantNE)],
                    formula: '1 = no better than the base rate',
                  },
                ]}
              />
              <RecalibrationFormula p={v.result.trainedRate} w={v.w} />
              <p class="calc-note">
                Trained on data that keeps {percent(v.w, 2)}% of non-clicks, the model predicts {fmt(v.result.rawCalibration, 1)} times as many clicks as
                really happen; at a low CTR that approaches 1/w. Even a model that knows nothing beyond the average CTR then scores an NE of{' '}
                {fmt(v.result.rawConstantNE, 2)} instead of 1.
              </p>
            </>
          ) : (
            <Lists v={v} />
          )
        }
      </Results>
    </CalculatorRoot>
  );
}

function Lists({ v }: { v: CalibrationLists }) {
  const rows = [
    { id: 'logloss', label: 'Log loss', pick: 'logLoss' },
    { id: 'ne', label: 'Normalized entropy', pick: 'normalizedEntropy' },
    { id: 'calibration', label: 'Calibration Σp / Σy', pick: 'calibration' },
    { id: 'mean', label: 'Mean prediction', pick: 'meanPrediction' },
  ] as const;
  return (
    <>
      <ResultsTable
        caption="Probability metrics before and after recalibration"
        captionHidden
        head={['Metric', 'Raw', `Recalibrated (w = ${fmt(v.w)})`]}
        rows={rows.map((r) => ({ id: r.id, label: r.label, values: [fmt(v.before[r.pick]), fmt(v.after[r.pick])] }))}
      />
      <p class="calc-note">
        Observed CTR: {v.clicks} click{v.clicks === 1 ? '' : 's'} in {v.n} = {fmt(v.observedCtr)}. For the first prediction:
      </p>
      <RecalibrationFormula p={v.firstP} w={v.w} />
      <p class="calc-note">
        NE below 1 beats always predicting the observed CTR; above 1 is worse than that constant. Recalibration does not change the order of the predictions, so
        ROC-AUC is the same before and after.
      </p>
    </>
  );
}
