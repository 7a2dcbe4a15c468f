/**
 * Ranking and retrieval metrics over one ranked list.
 *
 * `rels` holds the graded relevance of the items in ranked order (0 = not relevant).
 * An item is relevant when its relevance is > 0. k may exceed the list length: the
 * missing positions count as not relevant. `totalRelevant` (for recall and AP) is the
 * number of relevant items in the whole collection; it defaults to the relevant items
 * in `rels`.
 */
import { MetricInputError } from './errors';
import { finiteNumber, nonEmpty, positiveInteger } from './validate';

function checkRels(rels: readonly number[], name = 'relevance'): void {
  nonEmpty(rels, name);
  rels.forEach((r, i) => {
    finiteNumber(r, `${name} of item ${i + 1}`);
    if (r < 0) throw new MetricInputError(`${name}: item ${i + 1} is ${r}; relevance grades are 0 or more.`, name);
  });
}

const isRelevant = (r: number | undefined) => r !== undefined && r > 0;
const relevantCount = (rels: readonly number[]) => rels.filter(isRelevant).length;

function resolveTotalRelevant(rels: readonly number[], totalRelevant: number | undefined): number {
  const inList = relevantCount(rels);
  if (totalRelevant === undefined) {
    if (inList === 0) {
      throw new MetricInputError(
        'No item in the list is relevant, so recall is undefined: mark at least one item relevant or give the total number of relevant items.',
        'relevance',
      );
    }
    return inList;
  }
  positiveInteger(totalRelevant, 'total relevant');
  if (totalRelevant < inList) {
    throw new MetricInputError(
      `Total relevant (${totalRelevant}) is smaller than the ${inList} relevant items already in the list.`,
      'total relevant',
    );
  }
  return totalRelevant;
}

/** Share of the top k positions holding a relevant item. */
export function precisionAtK(rels: readonly number[], k: number): number {
  checkRels(rels);
  positiveInteger(k, 'k');
  return relevantCount(rels.slice(0, k)) / k;
}

/** Share of all relevant items that appear in the top k. Throws when there are none. */
export function recallAtK(rels: readonly number[], k: number, totalRelevant?: number): number {
  checkRels(rels);
  positiveInteger(k, 'k');
  return relevantCount(rels.slice(0, k)) / resolveTotalRelevant(rels, totalRelevant);
}

/** 1 / rank of the first relevant item; 0 when nothing is relevant. */
export function reciprocalRank(rels: readonly number[]): number {
  checkRels(rels);
  const first = rels.findIndex(isRelevant);
  return first === -1 ? 0 : 1 / (first + 1);
}

/** Mean of the reciprocal ranks of several lists (one per query). */
export function meanReciprocalRank(lists: readonly (readonly number[])[]): number {
  if (!Array.isArray(lists) || lists.length === 0) {
    throw new MetricInputError('Give at least one ranked list (one per query).', 'lists');
  }
  return lists.reduce((sum, rels) => sum + reciprocalRank(rels), 0) / lists.length;
}

/** AP@k = (1 / min(k, R)) · Σ_{i ≤ k} precision@i · [item i relevant]. */
export function averagePrecisionAtK(rels: readonly number[], k: number, totalRelevant?: number): number {
  checkRels(rels);
  positiveInteger(k, 'k');
  const R = resolveTotalRelevant(rels, totalRelevant);
  let hits = 0;
  let sum = 0;
  rels.slice(0, k).forEach((r, i) => {
    if (isRelevant(r)) {
      hits += 1;
      sum += hits / (i + 1);
    }
  });
  return sum / Math.min(k, R);
}

export type Gain = 'exponential' | 'linear';

/** The gain of one relevance grade: 2^rel − 1 (exponential) or rel (linear). */
export function gainOf(rel: number, gain: Gain): number {
  return gain === 'exponential' ? 2 ** rel - 1 : rel;
}

/** DCG@k = Σ_{i ≤ k} g(rel_i) / log2(i + 1), positions counted from 1. */
export function dcgAtK(rels: readonly number[], k: number, gain: Gain = 'exponential'): number {
  return rels.slice(0, k).reduce((sum, r, i) => sum + gainOf(r, gain) / Math.log2(i + 2), 0);
}

/**
 * nDCG@k: DCG@k divided by the DCG@k of the ideal order of `idealRels` (default: `rels`
 * sorted descending). 0 when nothing is relevant.
 */
export function ndcgAtK(
  rels: readonly number[],
  k: number,
  gain: Gain = 'exponential',
  idealRels?: readonly number[],
): number {
  checkRels(rels);
  positiveInteger(k, 'k');
  if (gain !== 'exponential' && gain !== 'linear') {
    throw new MetricInputError(`gain must be "exponential" or "linear" (got ${String(gain)}).`, 'gain');
  }
  if (idealRels !== undefined) checkRels(idealRels, 'ideal relevance');
  const ideal = [...(idealRels ?? rels)].sort((a, b) => b - a);
  const idcg = dcgAtK(ideal, k, gain);
  if (idcg === 0) return 0;
  const dcg = dcgAtK(rels, k, gain);
  if (dcg > idcg * (1 + 1e-12)) {
    throw new MetricInputError(
      'The ranked list scores higher than the ideal list: the ideal relevance grades must include every grade in the ranked list.',
      'ideal relevance',
    );
  }
  return dcg / idcg;
}
