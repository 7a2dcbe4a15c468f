/**
 * Ranking-metrics calculator: an editable ranked list of graded items → P@k, R@k, RR,
 * AP@k and nDCG@k (exponential and linear gain), with every DCG and AP term per position.
 * Thin over src/lib/metrics/ranking-view.
 */
import { fmt } from '../../lib/format';
import type { Gain } from '../../lib/metrics/ranking';
import { parseGrades, rankingReport, type RankingReport } from '../../lib/metrics/ranking-view';
import { CalculatorRoot, useCalculator, type CalculatorProps } from '../kit/calculator';
import { Results, ResultsTable, type Row } from '../kit/results';
import { Toolbar, UrlNotices } from '../kit/toolbar';
import { ItemList } from './ItemList';
import { readItems, writeItems } from './items';
import { rankingMetrics as spec } from './spec';
import { GAIN_TEXT, TermsTable } from './TermsTable';
import './ranking-metrics.css';

function metricRows(r: RankingReport): Row[] {
  const R = r.withR;
  const ndcg = (g: Gain): Row => ({
    id: `ndcg-${g}`,
    label: `nDCG@k, ${g} gain (${GAIN_TEXT[g]})`,
    values: [fmt(r.ndcg[g])],
    formula: r.terms.idealDcg[g] === 0 ? 'nothing relevant: 0 by convention' : `DCG / IDCG = ${fmt(r.terms.dcg[g])} / ${fmt(r.terms.idealDcg[g])}`,
  });
  return [
    { id: 'precision', label: 'Precision@k (P@k)', values: [fmt(r.precision)], formula: `relevant in top k / k = ${r.terms.hits} / ${r.k}` },
    {
      id: 'recall',
      label: 'Recall@k (R@k)',
      values: [R ? fmt(R.recall) : 'undefined'],
      formula: `relevant in top k / R${R ? ` = ${r.terms.hits} / ${R.R}` : ''}`,
    },
    { id: 'rr', label: 'Reciprocal rank (RR)', values: [fmt(r.rr)], formula: '1 / rank of the first relevant item (0 if none)' },
    {
      id: 'ap',
      label: 'Average precision (AP@k)',
      values: [R ? fmt(R.ap) : 'undefined'],
      formula: `Σ P@i at relevant i ≤ k / min(k, R)${R ? ` = ${fmt(r.terms.precisionSum)} / ${R.apDenominator}` : ''}`,
    },
    ndcg('exponential'),
    ndcg('linear'),
  ];
}

export default function RankingMetrics(props: CalculatorProps) {
  const c = useCalculator(spec, props);
  const items = readItems(c.state.rels ?? '', c.state.labels ?? '');
  const gain: Gain = c.state.gain === 'linear' ? 'linear' : 'exponential';
  const outcome = c.run(() => {
    const rels = parseGrades(items.map((it) => it.rel));
    const k = c.num('k');
    const total = (c.state.totalRelevant ?? '').trim() === '' ? undefined : c.num('totalRelevant');
    return rankingReport(rels, k, total);
  });
  const listError = c.errorFor('relevance');

  return (
    <CalculatorRoot calc={c} class="calc rk-calc">
      <div class="calc-inputs">
        <UrlNotices calc={c} />
        <ItemList calc={c} items={items} error={listError} onChange={(next) => c.update((s) => ({ ...s, ...writeItems(next) }))} />
        <div class="rk-params">
          {c.field('k')}
          {c.field('totalRelevant')}
          {c.choice('gain')}
        </div>
        {c.unplaced()}
        <Toolbar calc={c} />
      </div>

      <Results label="Ranking metrics" outcome={outcome}>
        {(r) => (
          <>
            <ResultsTable caption="Ranking metrics for the list" captionHidden head={['Metric', 'Value', 'Formula']} rows={metricRows(r)} />
            {r.undefinedReason && (
              <p class="calc-note" data-result="undefined">
                {r.undefinedReason}
              </p>
            )}
            <TermsTable terms={r.terms} items={items} gain={gain} />
            <p class="calc-note">
              DCG@{r.k} = {fmt(r.terms.dcg[gain])}, IDCG@{r.k} = {fmt(r.terms.idealDcg[gain])}. The ideal order is this list sorted by relevance, so a relevant
              item the system never returned does not lower nDCG here: add it below position k to count it.
              {r.emptyPositions &&
                ` Positions ${r.emptyPositions[0]} to ${r.emptyPositions[1]} are empty: they add nothing to DCG but still count in P@k’s denominator.`}
            </p>
          </>
        )}
      </Results>
    </CalculatorRoot>
  );
}
