/**
 * Everything the ranking-metrics calculator shows for one graded list: P@k, R@k, RR, AP@k,
 * nDCG@k under both gains, and the per-position terms. Recall and AP need the number of
 * relevant items R; when nothing in the list is relevant and no R is given they are
 * undefined, and the report says so rather than failing.
 */
import { checkRange, InputError, type Range } from '../input';
import { averagePrecisionAtK, ndcgAtK, precisionAtK, rankingTerms, recallAtK, reciprocalRank, type Gain, type RankingTerms } from './ranking';

/** Most items the list editor holds: a ranked list to reason about, not a result set. */
export const MAX_RANKED_ITEMS = 100;

/** The grades the editor offers. */
export const GRADES = [0, 1, 2, 3] as const;

export const RANKING_RANGES = {
  // Cut-offs in interviews are 5, 10 or 20; a thousand positions is far past any page.
  k: { min: 1, max: 1000, integer: true },
  totalRelevant: { min: 1, max: 1e9, integer: true },
} as const satisfies Record<string, Range>;

export interface RankingReport {
  k: number;
  terms: RankingTerms;
  precision: number;
  rr: number;
  ndcg: Record<Gain, number>;
  /** Undefined when R is unknown and nothing in the list is relevant. */
  withR: { R: number; recall: number; ap: number; apDenominator: number } | undefined;
  /** Why recall and AP are undefined, when they are. */
  undefinedReason: string | undefined;
  /** Positions beyond the list, up to k (they count in P@k's denominator). */
  emptyPositions: [from: number, to: number] | undefined;
}

/** Grades as the editor keeps them (text) → numbers, refusing what a hand-edited address might hold. */
export function parseGrades(grades: readonly string[]): number[] {
  if (grades.length > MAX_RANKED_ITEMS) {
    throw new InputError(`The list holds ${grades.length.toLocaleString('en-US')} items; at most ${MAX_RANKED_ITEMS} are ranked here.`, 'relevance');
  }
  return grades.map((g, i) => {
    const value = Number(g);
    if (!/^[0-3]$/.test(g)) throw new InputError(`Relevance of item ${i + 1} is “${g.slice(0, 20)}”: choose a grade of 0, 1, 2 or 3.`, 'relevance');
    return value;
  });
}

export function rankingReport(rels: readonly number[], k: number, totalRelevant?: number): RankingReport {
  const terms = rankingTerms(rels, k);
  checkRange(k, RANKING_RANGES.k, 'k', 'k');
  if (totalRelevant !== undefined) {
    recallAtK(rels, k, totalRelevant); // its checks: a whole number, at least the relevant items in the list
    checkRange(totalRelevant, RANKING_RANGES.totalRelevant, 'totalRelevant', 'Total relevant');
  }
  const known = totalRelevant !== undefined || terms.relevantInList > 0;
  const R = totalRelevant ?? terms.relevantInList;
  return {
    k,
    terms,
    precision: precisionAtK(rels, k),
    rr: reciprocalRank(rels),
    ndcg: { exponential: ndcgAtK(rels, k, 'exponential'), linear: ndcgAtK(rels, k, 'linear') },
    withR: known ? { R, recall: recallAtK(rels, k, totalRelevant), ap: averagePrecisionAtK(rels, k, totalRelevant), apDenominator: Math.min(k, R) } : undefined,
    undefinedReason: known
      ? undefined
      : 'No item in the list is relevant, so recall and AP are undefined: mark at least one item relevant or give the total number of relevant items.',
    emptyPositions: k > rels.length ? [rels.length + 1, k] : undefined,
  };
}
