/**
 * Confusion-matrix explorer: four counts, or a prevalence + threshold scenario, → every
 * classification metric, plus a sweep showing how they move with the threshold.
 * Thin over src/lib/metrics: parsing here, every formula there.
 */
import { classificationMetrics, undefinedMetrics, type ClassificationMetrics, type Confusion } from '../lib/metrics/classification';
import { binormalAuc, binormalConfusion } from '../lib/metrics/scenario';
import { Field, InvalidNote, Results, Select } from './shared/Field';
import { fmt, int } from './shared/format';
import { attempt, parseNumber } from './shared/parse';
import { useUrlState } from './shared/url-state';

// Defaults teach the accuracy paradox: 1% prevalence, 98.6% accuracy, 40% precision.
const DEFAULTS = {
  mode: 'counts',
  tp: '80',
  fp: '120',
  fn: '20',
  tn: '9780',
  beta: '1',
  prevalence: '0.01',
  separation: '2.5',
  threshold: '2',
  population: '10000',
};

const ROWS: { key: keyof ClassificationMetrics; label: string; formula: string }[] = [
  { key: 'precision', label: 'Precision', formula: 'TP / (TP + FP)' },
  { key: 'recall', label: 'Recall (TPR)', formula: 'TP / (TP + FN)' },
  { key: 'f1', label: 'F1', formula: '2PR / (P + R)' },
  { key: 'fBeta', label: 'Fβ', formula: '(1 + β²)PR / (β²P + R)' },
  { key: 'accuracy', label: 'Accuracy', formula: '(TP + TN) / N' },
  { key: 'specificity', label: 'Specificity (TNR)', formula: 'TN / (TN + FP)' },
  { key: 'fpr', label: 'False positive rate', formula: 'FP / (FP + TN)' },
  { key: 'balancedAccuracy', label: 'Balanced accuracy', formula: '(TPR + TNR) / 2' },
  { key: 'mcc', label: 'MCC', formula: '(TP·TN − FP·FN) / √(…)' },
  { key: 'prevalence', label: 'Prevalence', formula: '(TP + FN) / N' },
];

const SWEEP_OFFSETS = [-1, -0.5, 0, 0.5, 1];

export default function ConfusionMatrix() {
  const [s, set] = useUrlState('cm', DEFAULTS);
  const scenario = s.mode === 'scenario';

  const parsed = attempt(() => {
    const beta = parseNumber(s.beta, 'β');
    if (!scenario) {
      const c: Confusion = {
        tp: parseNumber(s.tp, 'TP'),
        fp: parseNumber(s.fp, 'FP'),
        fn: parseNumber(s.fn, 'FN'),
        tn: parseNumber(s.tn, 'TN'),
      };
      return { c, beta, metrics: classificationMetrics(c, beta), sweep: undefined, auc: undefined };
    }
    const sc = {
      prevalence: parseNumber(s.prevalence, 'prevalence'),
      separation: parseNumber(s.separation, 'separation'),
      threshold: parseNumber(s.threshold, 'threshold'),
      population: parseNumber(s.population, 'population'),
    };
    const c = binormalConfusion(sc);
    const sweep = SWEEP_OFFSETS.map((d) => {
      const threshold = sc.threshold + d;
      return { threshold, m: classificationMetrics(binormalConfusion({ ...sc, threshold }), beta) };
    });
    return { c, beta, metrics: classificationMetrics(c, beta), sweep, auc: binormalAuc(sc.separation) };
  });
  const err = parsed.error;
  const errorFor = (field: string) => (err && err.field === field ? err.message : undefined);
  const undef = parsed.value ? undefinedMetrics(parsed.value.c) : [];

  return (
    <div class="calc">
      <div class="calc-inputs">
        <Select
          id="cm-mode"
          label="Input"
          value={s.mode}
          onChange={(v) => set('mode', v)}
          options={[
            { value: 'counts', label: 'Four counts (TP, FP, FN, TN)' },
            { value: 'scenario', label: 'Scenario (prevalence, separation, threshold)' },
          ]}
        />
        {scenario ? (
          <>
            <Field id="cm-prevalence" label="Prevalence (share of positives)" value={s.prevalence} onInput={(v) => set('prevalence', v)} error={errorFor('prevalence')} />
            <Field id="cm-separation" label="Separation d′ (in standard deviations)" value={s.separation} onInput={(v) => set('separation', v)} error={errorFor('separation')} hint="Positive scores ~ N(d′, 1), negative scores ~ N(0, 1)." />
            <Field id="cm-threshold" label="Threshold" value={s.threshold} onInput={(v) => set('threshold', v)} error={errorFor('threshold')} />
            <Field id="cm-population" label="Population" value={s.population} onInput={(v) => set('population', v)} error={errorFor('population')} inputMode="numeric" />
          </>
        ) : (
          <div class="calc-grid-2">
            <Field id="cm-tp" label="True positives (TP)" value={s.tp} onInput={(v) => set('tp', v)} error={errorFor('TP')} inputMode="numeric" />
            <Field id="cm-fp" label="False positives (FP)" value={s.fp} onInput={(v) => set('fp', v)} error={errorFor('FP')} inputMode="numeric" />
            <Field id="cm-fn" label="False negatives (FN)" value={s.fn} onInput={(v) => set('fn', v)} error={errorFor('FN')} inputMode="numeric" />
            <Field id="cm-tn" label="True negatives (TN)" value={s.tn} onInput={(v) => set('tn', v)} error={errorFor('TN')} inputMode="numeric" />
          </div>
        )}
        <Field id="cm-beta" label="β for Fβ (β > 1 favours recall)" value={s.beta} onInput={(v) => set('beta', v)} error={errorFor('β')} />
        {err && err.field === undefined && <p class="calc-error">{err.message}</p>}
      </div>

      <Results label="Classification metrics">
        {parsed.value ? (
          <>
            {scenario && (
              <p class="calc-note">
                Counts at this threshold: TP {int(parsed.value.c.tp)}, FP {int(parsed.value.c.fp)}, FN {int(parsed.value.c.fn)}, TN{' '}
                {int(parsed.value.c.tn)}. This separation gives a ROC-AUC of {fmt(parsed.value.auc ?? 0, 3)}.
              </p>
            )}
            <table class="calc-table">
              <caption class="sr-only">Metrics for the confusion matrix</caption>
              <thead>
                <tr>
                  <th scope="col">Metric</th>
                  <th scope="col">Value</th>
                  <th scope="col">Formula</th>
                </tr>
              </thead>
              <tbody>
                {ROWS.map((r) => (
                  <tr key={r.key} data-metric={r.key}>
                    <th scope="row">{r.label}</th>
                    <td class="calc-num">{undef.includes(r.key) ? <span title="denominator is 0">undefined (0/0, shown as 0 by convention)</span> : fmt(parsed.value.metrics[r.key])}</td>
                    <td class="calc-formula">{r.formula}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {parsed.value.sweep && (
              <table class="calc-table">
                <caption>How the metrics move with the threshold</caption>
                <thead>
                  <tr>
                    <th scope="col">Threshold</th>
                    <th scope="col">Precision</th>
                    <th scope="col">Recall</th>
                    <th scope="col">F1</th>
                    <th scope="col">FPR</th>
                  </tr>
                </thead>
                <tbody>
                  {parsed.value.sweep.map((row) => (
                    <tr key={row.threshold} class={row.threshold === parseNumber(s.threshold, 'threshold') ? 'calc-current' : ''}>
                      <th scope="row">{fmt(row.threshold, 2)}</th>
                      <td class="calc-num">{fmt(row.m.precision, 3)}</td>
                      <td class="calc-num">{fmt(row.m.recall, 3)}</td>
                      <td class="calc-num">{fmt(row.m.f1, 3)}</td>
                      <td class="calc-num">{fmt(row.m.fpr, 3)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        ) : (
          <InvalidNote message={err!.message} />
        )}
      </Results>
    </div>
  );
}
