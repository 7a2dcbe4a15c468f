/** The confusion matrix and the rates at the chosen threshold. */
import type { ClassificationMetrics } from '../../lib/metrics/classification';
import type { OperatingPoint } from '../../lib/metrics/threshold';
import { fmt, int } from '../../lib/format';
import { ResultsTable } from '../kit/results';

export function AtThreshold({ point, m }: { point: OperatingPoint; m: ClassificationMetrics }) {
  const cell = (key: 'tp' | 'fp' | 'fn' | 'tn') => (
    <td class="calc-num" data-cell={key}>
      {key.toUpperCase()} {int(point[key])}
    </td>
  );
  return (
    <>
      <table class="calc-table roc-matrix">
        <caption>At threshold ≥ {fmt(point.threshold, 4)}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">Flagged (score ≥ t)</th>
            <th scope="col">Not flagged</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Positive (1)</th>
            {cell('tp')}
            {cell('fn')}
          </tr>
          <tr>
            <th scope="row">Negative (0)</th>
            {cell('fp')}
            {cell('tn')}
          </tr>
        </tbody>
      </table>
      <ResultsTable
        caption="Rates at this threshold"
        captionHidden
        rows={[
          { id: 'precision', label: 'Precision', values: [fmt(m.precision, 4)], formula: 'TP / (TP + FP)' },
          { id: 'recall', label: 'Recall (TPR)', values: [fmt(m.recall, 4)], formula: 'TP / (TP + FN)' },
          { id: 'fpr', label: 'False positive rate', values: [fmt(m.fpr, 4)], formula: 'FP / (FP + TN)' },
          { id: 'f1', label: 'F1', values: [fmt(m.f1, 4)], formula: '2TP / (2TP + FP + FN)' },
        ]}
      />
    </>
  );
}
