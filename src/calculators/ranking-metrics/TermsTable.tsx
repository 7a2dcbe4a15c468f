/** The per-position terms of DCG, IDCG and AP, with their sums: wider than a phone, so it scrolls on its own. */
import { fmt } from '../../lib/format';
import type { Gain, RankingTerms } from '../../lib/metrics/ranking';
import { TableHead } from '../kit/results';
import type { Item } from './items';

export const GAIN_TEXT: Record<Gain, string> = { exponential: '2^rel − 1', linear: 'rel' };

const HEAD = ['Position', 'Item', 'Relevance', 'Gain', 'Discount 1/log₂(i+1)', 'DCG term', 'Ideal relevance', 'Ideal DCG term', 'P@i'];

export function TermsTable({ terms, items, gain }: { terms: RankingTerms; items: readonly Item[]; gain: Gain }) {
  return (
    // Focusable, so keyboard users can scroll it; a named <section> is a region landmark.
    <section class="rk-scroll" tabIndex={0} aria-label="Per-position terms (scrolls sideways)">
      <table class="calc-table rk-terms">
        <caption>
          Per-position terms, {gain} gain ({GAIN_TEXT[gain]})
        </caption>
        <TableHead columns={HEAD} />
        <tbody>
          {terms.rows.map((row, i) => (
            <tr key={row.position}>
              <th scope="row">{row.position}</th>
              <td>{items[i]?.label || `item ${row.position}`}</td>
              <td class="calc-num">{row.rel}</td>
              <td class="calc-num">{fmt(row.gain[gain])}</td>
              <td class="calc-num">{fmt(row.discount)}</td>
              <td class="calc-num">{fmt(row.dcg[gain])}</td>
              <td class="calc-num">{row.idealRel}</td>
              <td class="calc-num">{fmt(row.idealDcg[gain])}</td>
              <td class="calc-num">
                {row.precisionHere === undefined ? <span title="only relevant positions add a P@i term">·</span> : fmt(row.precisionHere)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-sum="terms">
            <th scope="row" colSpan={5}>
              Sum over the top {terms.rows.length}
            </th>
            <td class="calc-num">{fmt(terms.dcg[gain])}</td>
            <td></td>
            <td class="calc-num">{fmt(terms.idealDcg[gain])}</td>
            <td class="calc-num">{fmt(terms.precisionSum)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
