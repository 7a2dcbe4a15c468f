/**
 * Ranking and retrieval metrics over one ranked list.
 *
 * `rels` holds the graded relevance of the items in ranked order (0 = not relevant).
 * An item is relevant when its relevance is > 0. k may exceed the list length: the
 * missing positions count as not relevant. `totalRelevant` (for recall and AP) is the
 * number of relevant items in the whole collection; it defaults to the relevant items
 * in `rels`.
 */
import { InputError } from '../input';
import { finiteNumber, positiveInteger } from '../validate';
import { nonEmpty } from '../validate-lists';

function checkRels(rels: readonly number[], name = 'relevance'): void {
  nonEmpty(rels, name);
  rels.forEach((r, i) => {
    finiteNumber(r, name, `${name} of item ${i + 1}`);
    if (r < 0) throw new InputError(`${name}: item ${i + 1} is ${r}; relevance grades are 0 or more.`, name);
  });
}

const isRelevant = (r: number | undefined) => r !== undefined && r > 0;
const relevantCount = (rels: readonly number[]) => rels.filter(isRelevant).length;

function resolveTotalRelevant(rels: readonly number[], totalRelevant: number | undefined): number {
  const inList = relevantCount(rels);
  if (totalRelevant === undefined) {
    if (inList === 0) {
      throw new InputError(
        'No item in the list is relevant, so recall is undefined: mark at least one item relevant or give the total number of relevant items.',
        'relevance',
      );
    }
    return inList;
  }
  positiveInteger(totalRelevant, 'totalRelevant', 'total relevant');
  if (totalRelevant < inList) {
    throw new InputError(
      `Total relevant (${totalRelevant}) is smaller than the ${inList} relevant items already in the list.`,
      'totalRelevant',
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
    throw new InputError('Give at least one ranked list (one per query).', 'lists');
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
    throw new InputError(`gain must be "exponential" or "linear" (got ${String(gain)}).`, 'gain');
  }
  if (idealRels !== undefined) checkRels(idealRels, 'ideal relevance');
  const ideal = [...(idealRels ?? rels)].sort((a, b) => b - a);
  const idcg = dcgAtK(ideal, k, gain);
  if (idcg === 0) return 0;
  const dcg = dcgAtK(rels, k, gain);
  if (dcg > idcg * (1 + 1e-12)) {
    throw new InputError(
      'The ranked list scores higher than the ideal list: the ideal relevance grades must include every grade in the ranked list.',
      'ideal relevance',
    );
  }
  return dcg / idcg;
}

/** The terms one position contributes to the metrics above (positions counted from 1). */
export interface PositionTerm {
  position: number;
  /** Relevance grade of the item at this position. */
  rel: number;
  relevant: boolean;
  /** g(rel) for each gain: 2^rel − 1 and rel. */
  gain: Record<Gain, number>;
  /** 1 / log2(position + 1). */
  discount: number;
  /** gain · discount: this position's share of DCG@k. */
  dcg: Record<Gain, number>;
  /** Grade at this position in the ideal order (the list sorted by relevance, highest first). */
  idealRel: number;
  /** This position's share of IDCG@k. */
  idealDcg: Record<Gain, number>;
  /** precision@position when this item is relevant (the term AP@k sums), otherwise undefined. */
  precisionHere: number | undefined;
}

export interface RankingTerms {
  /** One row per position 1 … min(k, list length); later positions are empty and add nothing. */
  rows: PositionTerm[];
  /** Relevant items in the top k. */
  hits: number;
  /** Relevant items anywhere in the list (the default R for recall and AP). */
  relevantInList: number;
  /** Σ precision@i over relevant positions i ≤ k (AP@k before dividing by min(k, R)). */
  precisionSum: number;
  /** DCG@k and IDCG@k for each gain (ideal order built from the list itself, as in ndcgAtK). */
  dcg: Record<Gain, number>;
  idealDcg: Record<Gain, number>;
}

/**
 * Per-position breakdown of P@k, AP@k and (n)DCG@k, so a reader can see which term each
 * position adds. Sums agree with dcgAtK, and precisionSum / min(k, R) is averagePrecisionAtK.
 */
export function rankingTerms(rels: readonly number[], k: number): RankingTerms {
  checkRels(rels);
  positiveInteger(k, 'k');
  const ideal = [...rels].sort((a, b) => b - a);
  const both = (f: (gain: Gain) => number): Record<Gain, number> => ({ exponential: f('exponential'), linear: f('linear') });
  let hits = 0;
  let precisionSum = 0;
  const rows = rels.slice(0, k).map((rel, i): PositionTerm => {
    const position = i + 1;
    const relevant = isRelevant(rel);
    let precisionHere: number | undefined;
    if (relevant) {
      hits += 1;
      precisionHere = hits / position;
      precisionSum += precisionHere;
    }
    const discount = 1 / Math.log2(position + 1);
    const idealRel = ideal[i] ?? 0;
    return {
      position,
      rel,
      relevant,
      gain: both((g) => gainOf(rel, g)),
      discount,
      dcg: both((g) => gainOf(rel, g) * discount),
      idealRel,
      idealDcg: both((g) => gainOf(idealRel, g) * discount),
      precisionHere,
    };
  });
  const sum = (pick: (row: PositionTerm) => number) => rows.reduce((s, row) => s + pick(row), 0);
  return {
    rows,
    hits,
    relevantInList: relevantCount(rels),
    precisionSum,
    dcg: both((g) => sum((row) => row.dcg[g])),
    idealDcg: both((g) => sum((row) => row.idealDcg[g])),
  };
}

/**
 * The ideal order as indices into `rels`: highest grade first, ties kept in their current
 * order (a stable sort), so re-sorting an ideal list leaves it unchanged.
 */
export function idealOrder(rels: readonly number[]): number[] {
  return rels.map((_, i) => i).sort((a, b) => (rels[b] ?? 0) - (rels[a] ?? 0) || a - b);
}
