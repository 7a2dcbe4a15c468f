/**
 * Confusion-matrix explorer: four counts, or a prevalence + threshold scenario, → every
 * classification metric, plus a sweep showing how they move with the threshold.
 * Thin over src/lib/metrics/confusion-view.
 */
import type { ClassificationMetrics } from '../../lib/metrics/classification';
import { countsReport, scenarioReport, type ConfusionReport, type ScenarioReport } from '../../lib/metrics/confusion-view';
import { fmt, int } from '../../lib/format';
import { CalculatorRoot, useCalculator, type CalculatorProps } from '../kit/calculator';
import { Results, ResultsTable, TableHead } from '../kit/results';
import { Toolbar, UrlNotices } from '../kit/toolbar';
import { confusionMatrix as spec } from './spec';

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

const UNDEFINED = <span title="denominator is 0">undefined (0/0, shown as 0 by convention)</span>;

export default function ConfusionMatrix(props: CalculatorProps) {
  const c = useCalculator(spec, props);
  const scenario = c.state.mode === 'scenario';
  const outcome = c.run((): ConfusionReport | ScenarioReport => {
    const beta = c.num('beta');
    if (!scenario) return countsReport({ tp: c.num('tp'), fp: c.num('fp'), fn: c.num('fn'), tn: c.num('tn') }, beta);
    return scenarioReport(
      { prevalence: c.num('prevalence'), separation: c.num('separation'), threshold: c.num('threshold'), population: c.num('population') },
      beta,
    );
  });

  return (
    <CalculatorRoot calc={c} class="calc">
      <div class="calc-inputs">
        <UrlNotices calc={c} />
        {c.choice('mode')}
        {scenario ? (
          <>
            {c.field('prevalence')}
            {c.field('separation')}
            {c.field('threshold')}
            {c.field('population')}
          </>
        ) : (
          <div class="calc-grid-2">
            {c.field('tp')}
            {c.field('fp')}
            {c.field('fn')}
            {c.field('tn')}
          </div>
        )}
        {c.field('beta')}
        {c.unplaced()}
        <Toolbar calc={c} />
      </div>

      <Results label="Classification metrics" outcome={outcome}>
        {(r) => (
          <>
            {'sweep' in r && (
              <p class="calc-note">
                Counts at this threshold: TP {int(r.counts.tp)}, FP {int(r.counts.fp)}, FN {int(r.counts.fn)}, TN {int(r.counts.tn)}. This separation gives a
                ROC-AUC of {fmt(r.auc, 3)}.
              </p>
            )}
            <ResultsTable
              caption="Metrics for the confusion matrix"
              captionHidden
              head={['Metric', 'Value', 'Formula']}
              rows={ROWS.map((row) => ({
                id: row.key,
                label: row.label,
                values: [r.undefinedMetrics.includes(row.key) ? UNDEFINED : fmt(r.metrics[row.key])],
                formula: row.formula,
              }))}
            />
            {'sweep' in r && <Sweep sweep={r.sweep} />}
          </>
        )}
      </Results>
    </CalculatorRoot>
  );
}

function Sweep({ sweep }: { sweep: ScenarioReport['sweep'] }) {
  return (
    <table class="calc-table">
      <caption>How the metrics move with the threshold</caption>
      <TableHead columns={['Threshold', 'Precision', 'Recall', 'F1', 'FPR']} />
      <tbody>
        {sweep.map((row) => (
          <tr key={row.threshold} class={row.current ? 'calc-current' : ''}>
            <th scope="row">{fmt(row.threshold, 2)}</th>
            {[row.metrics.precision, row.metrics.recall, row.metrics.f1, row.metrics.fpr].map((v, i) => (
              <td key={i} class="calc-num">
                {fmt(v, 3)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
