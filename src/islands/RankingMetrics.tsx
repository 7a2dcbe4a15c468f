/**
 * Ranking-metrics calculator: an editable ranked list of graded items → P@k, R@k, RR,
 * AP@k and nDCG@k (exponential and linear gain), with every DCG and AP term per position.
 * Thin over src/lib/metrics/ranking: parsing and list editing here, every formula there.
 */
import { useEffect, useRef } from 'preact/hooks';
import { MetricInputError } from '../lib/metrics/errors';
import {
  averagePrecisionAtK,
  idealOrder,
  ndcgAtK,
  precisionAtK,
  rankingTerms,
  recallAtK,
  reciprocalRank,
  type Gain,
} from '../lib/metrics/ranking';
import { Field, InvalidNote, Results, Select } from './shared/Field';
import { fmt } from './shared/format';
import { attempt, parseNumber } from './shared/parse';
import { useUrlState } from './shared/url-state';

// Defaults teach the cost of order: the best item (grade 3) sits at rank 2 under an
// irrelevant one, so P@5 and R@5 look fine while RR is 0.5 and nDCG@5 is 0.65.
const DEFAULTS = {
  rels: '0,3,0,2,1',
  labels: 'Doc A,Doc B,Doc C,Doc D,Doc E',
  k: '5',
  total: '',
  gain: 'exponential',
};

const GRADES = [
  { value: '0', label: '0 – not relevant' },
  { value: '1', label: '1 – somewhat relevant' },
  { value: '2', label: '2 – relevant' },
  { value: '3', label: '3 – highly relevant' },
];

const GAIN_TEXT: Record<Gain, string> = { exponential: '2^rel − 1', linear: 'rel' };

interface Item {
  label: string;
  rel: string;
}

// Labels are joined with commas in the URL, so a comma (and the escape character) inside
// a label is written as %2C (%25).
const encodeLabel = (label: string) => label.replace(/%/g, '%25').replace(/,/g, '%2C');
const decodeLabel = (label: string) => label.replace(/%(25|2C)/gi, (m) => (m === '%25' ? '%' : ','));

function readItems(rels: string, labels: string): Item[] {
  const grades = rels.trim() === '' ? [] : rels.split(',').map((r) => r.trim());
  const names = labels.split(',').map(decodeLabel);
  return grades.map((rel, i) => ({ rel, label: names[i] ?? `Item ${i + 1}` }));
}

function writeItems(items: readonly Item[]) {
  return { rels: items.map((it) => it.rel).join(','), labels: items.map((it) => encodeLabel(it.label)).join(',') };
}

/** Grades come from a select, but a hand-edited URL can hold anything. */
function parseGrades(items: readonly Item[]): number[] {
  return items.map((it, i) => {
    if (!GRADES.some((g) => g.value === it.rel)) {
      throw new MetricInputError(`Relevance of item ${i + 1} is “${it.rel}”: choose a grade of 0, 1, 2 or 3.`, 'relevance');
    }
    return Number(it.rel);
  });
}

function nextLabel(items: readonly Item[]): string {
  const used = new Set(items.map((it) => it.label));
  for (let c = 65; c <= 90; c++) {
    const label = `Doc ${String.fromCharCode(c)}`;
    if (!used.has(label)) return label;
  }
  return `Item ${items.length + 1}`;
}

export default function RankingMetrics() {
  const [s, set, setAll] = useUrlState('rk', DEFAULTS);
  const items = readItems(s.rels, s.labels);
  const gain: Gain = s.gain === 'linear' ? 'linear' : 'exponential';

  // After a move or removal the button that was pressed may be disabled or gone: focus
  // the button that now does the same job for that item, so keyboard users keep their place.
  const pendingFocus = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (pendingFocus.current === undefined) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = undefined;
  });

  const update = (next: Item[], focus?: string) => {
    pendingFocus.current = focus;
    setAll((st) => ({ ...st, ...writeItems(next) }));
  };
  const edit = (i: number, change: Partial<Item>) => update(items.map((it, j) => (j === i ? { ...it, ...change } : it)));
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    const next = [...items];
    [next[i], next[j]] = [next[j]!, next[i]!];
    const sameWay = by === -1 ? j > 0 : j < next.length - 1;
    update(next, `rk-item-${j}-${(by === -1) === sameWay ? 'up' : 'down'}`);
  };
  const remove = (i: number) => {
    const next = items.filter((_, j) => j !== i);
    update(next, next.length === 0 ? 'rk-add' : `rk-item-${Math.min(i, next.length - 1)}-remove`);
  };
  const add = () => update([...items, { label: nextLabel(items), rel: '0' }], `rk-item-${items.length}-label`);
  const sortIdeal = () => {
    const grades = items.map((it) => (GRADES.some((g) => g.value === it.rel) ? Number(it.rel) : 0));
    update(idealOrder(grades).map((i) => items[i]!));
  };

  const core = attempt(() => {
    const rels = parseGrades(items);
    const k = parseNumber(s.k, 'k');
    const terms = rankingTerms(rels, k);
    return {
      rels,
      k,
      terms,
      precision: precisionAtK(rels, k),
      rr: reciprocalRank(rels),
      ndcg: { exponential: ndcgAtK(rels, k, 'exponential'), linear: ndcgAtK(rels, k, 'linear') } as Record<Gain, number>,
    };
  });
  // Recall and AP need R; they can fail (no relevant item, R too small) while the rest stands.
  const withR = core.value
    ? attempt(() => {
        const { rels, k, terms } = core.value;
        const total = s.total.trim() === '' ? undefined : parseNumber(s.total, 'total relevant');
        return {
          R: total ?? terms.relevantInList,
          recall: recallAtK(rels, k, total),
          ap: averagePrecisionAtK(rels, k, total),
        };
      })
    : undefined;
  const err = core.error ?? withR?.error;
  const errorFor = (field: string) => (err && err.field === field ? err.message : undefined);
  const listError = errorFor('relevance');
  const v = core.value;

  const ndcgRow = (g: Gain) =>
    v && (
      <tr data-metric={`ndcg-${g}`}>
        <th scope="row">
          nDCG@k, {g} gain ({GAIN_TEXT[g]})
        </th>
        <td class="calc-num">{fmt(v.ndcg[g])}</td>
        <td class="calc-formula">
          {v.terms.idealDcg[g] === 0
            ? 'nothing relevant: 0 by convention'
            : `DCG / IDCG = ${fmt(v.terms.dcg[g])} / ${fmt(v.terms.idealDcg[g])}`}
        </td>
      </tr>
    );

  return (
    <div class="calc rk-calc">
      <div class="calc-inputs">
        <fieldset class="rk-items" aria-describedby={listError ? 'rk-items-error' : undefined}>
          <legend>Ranked list, top first</legend>
          {items.length > 0 && (
            <ol class="rk-list">
              {items.map((it, i) => (
                <li key={i} class="rk-item">
                  <span class="rk-pos" aria-hidden="true">
                    {i + 1}
                  </span>
                  <label class="sr-only" for={`rk-item-${i}-label`}>
                    Label of item {i + 1}
                  </label>
                  <input
                    id={`rk-item-${i}-label`}
                    class="rk-label"
                    type="text"
                    autoComplete="off"
                    value={it.label}
                    onInput={(e) => edit(i, { label: (e.currentTarget as HTMLInputElement).value })}
                  />
                  <label class="sr-only" for={`rk-item-${i}-rel`}>
                    Relevance of item {i + 1}
                  </label>
                  <select
                    id={`rk-item-${i}-rel`}
                    class="rk-rel"
                    value={it.rel}
                    aria-invalid={listError ? true : undefined}
                    aria-describedby={listError ? 'rk-items-error' : undefined}
                    onChange={(e) => edit(i, { rel: (e.currentTarget as HTMLSelectElement).value })}
                  >
                    {GRADES.map((g) => (
                      <option key={g.value} value={g.value}>
                        {g.label}
                      </option>
                    ))}
                  </select>
                  <span class="rk-buttons">
                    <button type="button" id={`rk-item-${i}-up`} aria-label={`Move item ${i + 1} up`} title="Move up" disabled={i === 0} onClick={() => move(i, -1)}>
                      ↑
                    </button>
                    <button
                      type="button"
                      id={`rk-item-${i}-down`}
                      aria-label={`Move item ${i + 1} down`}
                      title="Move down"
                      disabled={i === items.length - 1}
                      onClick={() => move(i, 1)}
                    >
                      ↓
                    </button>
                    <button type="button" id={`rk-item-${i}-remove`} aria-label={`Remove item ${i + 1}`} title="Remove" onClick={() => remove(i)}>
                      ✕
                    </button>
                  </span>
                </li>
              ))}
            </ol>
          )}
          {listError && (
            <p id="rk-items-error" class="calc-error">
              {listError}
            </p>
          )}
          <div class="rk-actions">
            <button type="button" id="rk-add" onClick={add}>
              Add item
            </button>
            <button type="button" onClick={sortIdeal} disabled={items.length < 2}>
              Sort into ideal order
            </button>
          </div>
        </fieldset>
        <div class="rk-params">
          <Field id="rk-k" label="k (cut-off)" value={s.k} onInput={(x) => set('k', x)} error={errorFor('k')} inputMode="numeric" />
          <Field
            id="rk-total"
            label="Total relevant in the collection (R)"
            value={s.total}
            onInput={(x) => set('total', x)}
            error={errorFor('total relevant')}
            inputMode="numeric"
            hint="Optional: leave empty to use the relevant items in the list."
          />
          <Select
            id="rk-gain"
            label="Gain in the per-position table"
            value={gain}
            onChange={(x) => set('gain', x)}
            options={[
              { value: 'exponential', label: 'Exponential (2^rel − 1)' },
              { value: 'linear', label: 'Linear (rel)' },
            ]}
          />
        </div>
      </div>

      <Results label="Ranking metrics">
        {v ? (
          <>
            <table class="calc-table">
              <caption class="sr-only">Ranking metrics for the list</caption>
              <thead>
                <tr>
                  <th scope="col">Metric</th>
                  <th scope="col">Value</th>
                  <th scope="col">Formula</th>
                </tr>
              </thead>
              <tbody>
                <tr data-metric="precision">
                  <th scope="row">Precision@k (P@k)</th>
                  <td class="calc-num">{fmt(v.precision)}</td>
                  <td class="calc-formula">
                    relevant in top k / k = {v.terms.hits} / {v.k}
                  </td>
                </tr>
                <tr data-metric="recall">
                  <th scope="row">Recall@k (R@k)</th>
                  <td class="calc-num">{withR?.value ? fmt(withR.value.recall) : '—'}</td>
                  <td class="calc-formula">
                    relevant in top k / R{withR?.value && ` = ${v.terms.hits} / ${withR.value.R}`}
                  </td>
                </tr>
                <tr data-metric="rr">
                  <th scope="row">Reciprocal rank (RR)</th>
                  <td class="calc-num">{fmt(v.rr)}</td>
                  <td class="calc-formula">1 / rank of the first relevant item (0 if none)</td>
                </tr>
                <tr data-metric="ap">
                  <th scope="row">Average precision (AP@k)</th>
                  <td class="calc-num">{withR?.value ? fmt(withR.value.ap) : '—'}</td>
                  <td class="calc-formula">
                    Σ P@i at relevant i ≤ k / min(k, R)
                    {withR?.value && ` = ${fmt(v.terms.precisionSum)} / ${Math.min(v.k, withR.value.R)}`}
                  </td>
                </tr>
                {ndcgRow('exponential')}
                {ndcgRow('linear')}
              </tbody>
            </table>
            {withR?.error && <InvalidNote message={withR.error.message} />}

            {/* Wider than a phone: it scrolls on its own, and is focusable so keyboard users can scroll it. */}
            <div class="rk-scroll" tabIndex={0} role="region" aria-label="Per-position terms (scrolls sideways)">
              <table class="calc-table rk-terms">
                <caption>
                  Per-position terms, {gain} gain ({GAIN_TEXT[gain]})
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Position</th>
                    <th scope="col">Item</th>
                    <th scope="col">Relevance</th>
                    <th scope="col">Gain</th>
                    <th scope="col">Discount 1/log₂(i+1)</th>
                    <th scope="col">DCG term</th>
                    <th scope="col">Ideal relevance</th>
                    <th scope="col">Ideal DCG term</th>
                    <th scope="col">P@i</th>
                  </tr>
                </thead>
                <tbody>
                  {v.terms.rows.map((row, i) => (
                    <tr key={row.position}>
                      <th scope="row">{row.position}</th>
                      <td>{items[i]?.label || `item ${row.position}`}</td>
                      <td class="calc-num">{row.rel}</td>
                      <td class="calc-num">{fmt(row.gain[gain])}</td>
                      <td class="calc-num">{fmt(row.discount)}</td>
                      <td class="calc-num">{fmt(row.dcg[gain])}</td>
                      <td class="calc-num">{row.idealRel}</td>
                      <td class="calc-num">{fmt(row.idealDcg[gain])}</td>
                      <td class="calc-num">{row.precisionHere === undefined ? <span title="only relevant positions add a P@i term">·</span> : fmt(row.precisionHere)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr data-sum="terms">
                    <th scope="row" colSpan={5}>
                      Sum over the top {v.terms.rows.length}
                    </th>
                    <td class="calc-num">{fmt(v.terms.dcg[gain])}</td>
                    <td></td>
                    <td class="calc-num">{fmt(v.terms.idealDcg[gain])}</td>
                    <td class="calc-num">{fmt(v.terms.precisionSum)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
            <p class="calc-note">
              DCG@{v.k} = {fmt(v.terms.dcg[gain])}, IDCG@{v.k} = {fmt(v.terms.idealDcg[gain])}. The ideal order is this list sorted by relevance,
              so a relevant item the system never returned does not lower nDCG here: add it below position k to count it.
              {v.k > items.length && ` Positions ${items.length + 1} to ${v.k} are empty: they add nothing to DCG but still count in P@k’s denominator.`}
            </p>
          </>
        ) : (
          <InvalidNote message={err!.message} />
        )}
      </Results>
    </div>
  );
}
