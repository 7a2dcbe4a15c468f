/**
 * CTR calibration under negative downsampling: either a scenario (true CTR and the share
 * w of negatives kept) or pasted labels and predictions, before and after
 * `recalibrate`. Thin over src/lib/metrics: parsing here, every formula there.
 */
import {
  downsampledRateSteps,
  downsamplingScenario,
  probabilityReport,
  recalibrateAll,
  recalibrationSteps,
} from '../lib/metrics/ctr';
import { Field, InvalidNote, Results, Select } from './shared/Field';
import { fmt } from './shared/format';
import { attempt, parseList, parseNumber } from './shared/parse';
import { useUrlState } from './shared/url-state';

// Defaults teach that keeping 5% of negatives makes a 1% CTR look like 16.8%, close to
// 1/w = 20 times too many clicks, and that recalibration restores it exactly. The pasted
// lists are 20 impressions with 2 clicks, scored by a model trained at w = 0.05: raw NE
// 2.52 (worse than predicting the base rate), recalibrated NE 0.61.
const DEFAULTS = {
  mode: 'scenario',
  ctr: '0.01',
  w: '0.05',
  labels: '0 1 0 0 0 0 0 1 0 0 0 0 0 0 0 0 0 0 0 0',
  probs: '0.45 0.9 0.29 0.63 0.73 0.51 0.38 0.87 0.69 0.29 0.56 0.66 0.45 0.78 0.6 0.38 0.83 0.51 0.71 0.66',
};

/** q = p / (p + (1 − p) / w) with the numbers in. */
function RecalibrationFormula({ p, w }: { p: number; w: number }) {
  const q = recalibrationSteps(p, w);
  return (
    <p class="calc-formula ctr-formula" data-formula="recalibration">
      q = p / (p + (1 − p) / w) = {fmt(q.p)} / ({fmt(q.p)} + {fmt(q.oneMinusP)} / {fmt(q.w)}) = {fmt(q.p)} / {fmt(q.denominator)} ={' '}
      {fmt(q.result)}
    </p>
  );
}

export default function CtrCalibration() {
  const [s, set] = useUrlState('ctr', DEFAULTS);
  const scenario = s.mode !== 'lists';

  const parsed = attempt(() => {
    const w = parseNumber(s.w, 'w');
    if (scenario) {
      const c = parseNumber(s.ctr, 'true CTR');
      return { kind: 'scenario' as const, w, result: downsamplingScenario(c, w), steps: downsampledRateSteps(c, w) };
    }
    const labels = parseList(s.labels, 'labels');
    const probs = parseList(s.probs, 'probabilities');
    const before = probabilityReport(labels, probs);
    const recalibrated = recalibrateAll(probs, w);
    const after = probabilityReport(labels, recalibrated);
    const clicks = labels.reduce((sum, y) => sum + y, 0);
    return { kind: 'lists' as const, w, before, after, firstP: probs[0]!, observed: clicks / labels.length, clicks, n: labels.length };
  });
  const err = parsed.error;
  const errorFor = (field: string) => (err && err.field === field ? err.message : undefined);
  const v = parsed.value;

  return (
    <div class="calc">
      <div class="calc-inputs">
        <Select
          id="ctr-mode"
          label="Input"
          value={scenario ? 'scenario' : 'lists'}
          onChange={(value) => set('mode', value)}
          options={[
            { value: 'scenario', label: 'Scenario' },
            { value: 'lists', label: 'Labels and predictions' },
          ]}
        />
        {scenario ? (
          <Field id="ctr-ctr" label="True CTR c (clicks per impression)" value={s.ctr} onInput={(value) => set('ctr', value)} error={errorFor('true CTR')} />
        ) : (
          <>
            <Field
              id="ctr-labels"
              label="Labels (1 = click, 0 = no click)"
              value={s.labels}
              onInput={(value) => set('labels', value)}
              error={errorFor('labels')}
              hint="Separated by spaces, commas or new lines."
              inputMode="text"
              multiline
              rows={3}
            />
            <Field
              id="ctr-probs"
              label="Predicted click probabilities (one per label)"
              value={s.probs}
              onInput={(value) => set('probs', value)}
              error={errorFor('probabilities')}
              hint="From the model trained on downsampled data, before any correction."
              inputMode="text"
              multiline
              rows={3}
            />
          </>
        )}
        <Field
          id="ctr-w"
          label="Negative sampling rate w (share of non-clicks kept for training)"
          value={s.w}
          onInput={(value) => set('w', value)}
          error={errorFor('w')}
          hint="Every click is kept; w = 1 means no downsampling."
        />
        {err && err.field === undefined && <p class="calc-error">{err.message}</p>}
      </div>

      <Results label="Calibration before and after recalibration">
        {v?.kind === 'scenario' ? (
          <>
            <p class="calc-formula ctr-formula" data-formula="downsampled">
              p<sub>s</sub> = c / (c + (1 − c) · w) = {fmt(v.steps.c)} / ({fmt(v.steps.c)} + {fmt(v.steps.oneMinusC)} × {fmt(v.steps.w)}) ={' '}
              {fmt(v.steps.c)} / {fmt(v.steps.denominator)} = {fmt(v.steps.result)}
            </p>
            <table class="calc-table">
              <caption class="sr-only">What downsampling does to predicted CTR</caption>
              <thead>
                <tr>
                  <th scope="col">Quantity</th>
                  <th scope="col">Value</th>
                  <th scope="col">Meaning</th>
                </tr>
              </thead>
              <tbody>
                <tr data-metric="trained">
                  <th scope="row">
                    CTR the model learns, p<sub>s</sub>
                  </th>
                  <td class="calc-num">{fmt(v.result.trainedRate)}</td>
                  <td class="calc-formula">the click rate of the downsampled training data</td>
                </tr>
                <tr data-metric="raw-calibration">
                  <th scope="row">Calibration of raw predictions</th>
                  <td class="calc-num">{fmt(v.result.rawCalibration)}</td>
                  <td class="calc-formula">
                    p<sub>s</sub> / c: predicted ÷ actual clicks on real traffic (1/w = {fmt(1 / v.w)})
                  </td>
                </tr>
                <tr data-metric="recalibrated">
                  <th scope="row">Recalibrated prediction q</th>
                  <td class="calc-num">{fmt(v.result.recalibratedRate)}</td>
                  <td class="calc-formula">
                    recalibrate(p<sub>s</sub>, w)
                  </td>
                </tr>
                <tr data-metric="recalibrated-calibration">
                  <th scope="row">Calibration after recalibration</th>
                  <td class="calc-num">{fmt(v.result.recalibratedCalibration)}</td>
                  <td class="calc-formula">q / c</td>
                </tr>
                <tr data-metric="raw-ne">
                  <th scope="row">
                    NE of predicting p<sub>s</sub> for everyone
                  </th>
                  <td class="calc-num">{fmt(v.result.rawConstantNE)}</td>
                  <td class="calc-formula">log loss ÷ entropy of c, on real traffic</td>
                </tr>
                <tr data-metric="recalibrated-ne">
                  <th scope="row">NE of predicting q for everyone</th>
                  <td class="calc-num">{fmt(v.result.recalibratedConstantNE)}</td>
                  <td class="calc-formula">1 = no better than the base rate</td>
                </tr>
              </tbody>
            </table>
            <RecalibrationFormula p={v.result.trainedRate} w={v.w} />
            <p class="calc-note">
              Trained on data that keeps {fmt(v.w * 100, 2)}% of non-clicks, the model predicts {fmt(v.result.rawCalibration, 1)} times as many clicks as
              really happen; at a low CTR that approaches 1/w. Even a model that knows nothing beyond the average CTR then scores an NE of{' '}
              {fmt(v.result.rawConstantNE, 2)} instead of 1.
            </p>
          </>
        ) : v?.kind === 'lists' ? (
          <>
            <table class="calc-table">
              <caption class="sr-only">Probability metrics before and after recalibration</caption>
              <thead>
                <tr>
                  <th scope="col">Metric</th>
                  <th scope="col">Raw</th>
                  <th scope="col">Recalibrated (w = {fmt(v.w)})</th>
                </tr>
              </thead>
              <tbody>
                <tr data-metric="logloss">
                  <th scope="row">Log loss</th>
                  <td class="calc-num">{fmt(v.before.logLoss)}</td>
                  <td class="calc-num">{fmt(v.after.logLoss)}</td>
                </tr>
                <tr data-metric="ne">
                  <th scope="row">Normalized entropy</th>
                  <td class="calc-num">{fmt(v.before.normalizedEntropy)}</td>
                  <td class="calc-num">{fmt(v.after.normalizedEntropy)}</td>
                </tr>
                <tr data-metric="calibration">
                  <th scope="row">Calibration Σp / Σy</th>
                  <td class="calc-num">{fmt(v.before.calibration)}</td>
                  <td class="calc-num">{fmt(v.after.calibration)}</td>
                </tr>
                <tr data-metric="mean">
                  <th scope="row">Mean prediction</th>
                  <td class="calc-num">{fmt(v.before.meanPrediction)}</td>
                  <td class="calc-num">{fmt(v.after.meanPrediction)}</td>
                </tr>
              </tbody>
            </table>
            <p class="calc-note">
              Observed CTR: {v.clicks} click{v.clicks === 1 ? '' : 's'} in {v.n} = {fmt(v.observed)}. For the first prediction:
            </p>
            <RecalibrationFormula p={v.firstP} w={v.w} />
            <p class="calc-note">
              NE below 1 beats always predicting the observed CTR; above 1 is worse than that constant. Recalibration does not change the order of the
              predictions, so ROC-AUC is the same before and after.
            </p>
          </>
        ) : (
          <InvalidNote message={err!.message} />
        )}
      </Results>
    </div>
  );
}
