import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '../input';
import {
  averagePrecisionAtK,
  dcgAtK,
  idealOrder,
  meanReciprocalRank,
  ndcgAtK,
  precisionAtK,
  recallAtK,
  rankingTerms,
  reciprocalRank,
} from './ranking';

describe('precision, recall, reciprocal rank', () => {
  const rels = [0, 1, 0, 1, 1];

  it('counts relevant items in the top k', () => {
    expect(precisionAtK(rels, 3)).toBeCloseTo(1 / 3, 12);
    expect(recallAtK(rels, 3)).toBeCloseTo(1 / 3, 12);
    expect(recallAtK(rels, 3, 6)).toBeCloseTo(1 / 6, 12);
    // k beyond the list: missing positions are not relevant.
    expect(precisionAtK(rels, 10)).toBeCloseTo(3 / 10, 12);
    expect(recallAtK(rels, 10)).toBe(1);
  });

  it('reciprocal rank and MRR', () => {
    expect(reciprocalRank(rels)).toBe(0.5);
    expect(reciprocalRank([0, 0, 0])).toBe(0);
    // (1/2 + 1 + 0) / 3
    expect(meanReciprocalRank([rels, [3, 0], [0, 0]])).toBeCloseTo(0.5, 12);
  });

  it('rejects impossible input', () => {
    expect(() => recallAtK([0, 0], 1)).toThrow(/recall is undefined/);
    expect(() => recallAtK([1, 1], 1, 1)).toThrow(/smaller than the 2 relevant/);
    expect(() => precisionAtK([1], 0)).toThrow(/k must be a whole number of 1 or more/);
    expect(() => precisionAtK([1], 1.5)).toThrow(InputError);
    expect(() => precisionAtK([], 1)).toThrow(/relevance is empty/);
    expect(() => precisionAtK([1, -2], 1)).toThrow(/item 2 is -2/);
    expect(() => meanReciprocalRank([])).toThrow(/at least one ranked list/);
    expect(() => averagePrecisionAtK([0, 0], 2)).toThrow(InputError);
  });
});

describe('average precision at k', () => {
  it('matches the definition worked by hand', () => {
    // Relevant at positions 2, 4, 5: P@2 = 1/2, P@4 = 2/4, P@5 = 3/5.
    // AP@5 = (0.5 + 0.5 + 0.6) / min(5, 3) = 0.5333…
    expect(averagePrecisionAtK([0, 1, 0, 1, 1], 5)).toBeCloseTo(1.6 / 3, 12);
    // AP@3 = 0.5 / min(3, 3)
    expect(averagePrecisionAtK([0, 1, 0, 1, 1], 3)).toBeCloseTo(0.5 / 3, 12);
    // Ten relevant items in the collection: divide by min(5, 10) = 5.
    expect(averagePrecisionAtK([0, 1, 0, 1, 1], 5, 10)).toBeCloseTo(1.6 / 5, 12);
    expect(averagePrecisionAtK([1, 1, 0], 2)).toBe(1);
  });
});

describe('nDCG', () => {
  it('matches scikit-learn ndcg_score (linear gain) on its documented example', () => {
    // true_relevance [10, 0, 0, 1, 5] ranked by scores [.1, .2, .3, 4, 70] → order 5, 1, 0, 0, 10.
    // DCG = 5 + 1/log2(3) + 10/log2(6) = 9.49946…; IDCG = 10 + 5/log2(3) + 1/2 = 13.65465… → 0.69569…
    expect(ndcgAtK([5, 1, 0, 0, 10], 5, 'linear')).toBeCloseTo(0.6956940443813076, 10);
  });

  it('uses 2^rel − 1 gains by default', () => {
    // rels [3, 2, 3, 0, 1, 2]: DCG@6 = 7 + 3/log2(3) + 7/2 + 0 + 1/log2(6) + 3/log2(7)
    const dcg = 7 + 3 / Math.log2(3) + 7 / 2 + 0 + 1 / Math.log2(6) + 3 / Math.log2(7);
    const idcg = 7 + 7 / Math.log2(3) + 3 / 2 + 3 / Math.log2(5) + 1 / Math.log2(6);
    expect(ndcgAtK([3, 2, 3, 0, 1, 2], 6)).toBeCloseTo(dcg / idcg, 12);
  });

  it('is 0 when nothing is relevant and can use an external ideal list', () => {
    expect(ndcgAtK([0, 0, 0], 3)).toBe(0);
    // A relevant item (grade 2) exists in the collection but was not retrieved.
    expect(ndcgAtK([1, 0], 2, 'linear', [2, 1, 0])).toBeCloseTo(1 / (2 + 1 / Math.log2(3)), 12);
    expect(() => ndcgAtK([3, 0], 2, 'linear', [1])).toThrow(/ideal relevance grades must include/);
  });

  it('stays in [0, 1] and is 1 for the ideal order', () => {
    const grades = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(grades, fc.integer({ min: 1, max: 40 }), fc.constantFrom('exponential' as const, 'linear' as const), (rels, k, gain) => {
        const v = ndcgAtK(rels, k, gain);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1 + 1e-12);
        const ideal = [...rels].sort((a, b) => b - a);
        expect(ndcgAtK(ideal, k, gain)).toBe(rels.some((r) => r > 0) ? 1 : 0);
        if (rels.some((r) => r > 0)) {
          const ap = averagePrecisionAtK(rels, k);
          expect(ap).toBeGreaterThanOrEqual(0);
          expect(ap).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});

describe('per-position terms', () => {
  it('matches the running example worked by hand', () => {
    // rels [0, 3, 0, 2, 1], k = 5. Discounts 1/log2(i + 1): 1, 1/log2 3, 1/2, 1/log2 5, 1/log2 6.
    // Exponential gains 0, 7, 0, 3, 1; linear gains 0, 3, 0, 2, 1.
    // Ideal order 3, 2, 1, 0, 0: exponential gains 7, 3, 1, 0, 0; linear 3, 2, 1, 0, 0.
    // Relevant at positions 2, 4, 5: precision there 1/2, 2/4, 3/5, summing to 1.6.
    const t = rankingTerms([0, 3, 0, 2, 1], 5);
    const d = [1, 1 / Math.log2(3), 1 / 2, 1 / Math.log2(5), 1 / Math.log2(6)];
    expect(t.rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5]);
    expect(t.rows.map((r) => r.rel)).toEqual([0, 3, 0, 2, 1]);
    expect(t.rows.map((r) => r.relevant)).toEqual([false, true, false, true, true]);
    expect(t.rows.map((r) => r.gain.exponential)).toEqual([0, 7, 0, 3, 1]);
    expect(t.rows.map((r) => r.gain.linear)).toEqual([0, 3, 0, 2, 1]);
    t.rows.forEach((r, i) => expect(r.discount).toBeCloseTo(d[i]!, 14));
    expect(t.rows[1]!.dcg.exponential).toBeCloseTo(7 / Math.log2(3), 12);
    expect(t.rows[3]!.dcg.linear).toBeCloseTo(2 / Math.log2(5), 12);
    expect(t.rows[0]!.dcg.exponential).toBe(0);
    expect(t.rows.map((r) => r.idealRel)).toEqual([3, 2, 1, 0, 0]);
    expect(t.rows[0]!.idealDcg.exponential).toBe(7);
    expect(t.rows[1]!.idealDcg.exponential).toBeCloseTo(3 / Math.log2(3), 12);
    expect(t.rows[2]!.idealDcg.linear).toBeCloseTo(1 / 2, 12);
    expect(t.rows[4]!.idealDcg.linear).toBe(0);
    expect(t.rows.map((r) => r.precisionHere)).toEqual([undefined, 1 / 2, undefined, 2 / 4, 3 / 5]);
    expect(t.hits).toBe(3);
    expect(t.relevantInList).toBe(3);
    expect(t.precisionSum).toBeCloseTo(1.6, 12);
    // DCG = 7/log2 3 + 3/log2 5 + 1/log2 6 = 4.41651 + 1.29203 + 0.38685 = 6.09539;
    // IDCG = 7 + 3/log2 3 + 1/2 = 9.39279 (the chapter's 6.095 and 9.393).
    expect(t.dcg.exponential).toBeCloseTo(6.095390756, 8);
    expect(t.idealDcg.exponential).toBeCloseTo(9.392789261, 8);
    // Linear: DCG = 3/log2 3 + 2/log2 5 + 1/log2 6 = 3.14100; IDCG = 3 + 2/log2 3 + 1/2 = 4.76186.
    expect(t.dcg.linear).toBeCloseTo(3.140995184, 8);
    expect(t.idealDcg.linear).toBeCloseTo(4.761859507, 8);
  });

  it('stops at k, or at the end of a shorter list', () => {
    // k = 2 of [0, 3, 0, 2, 1]: positions 1–2 only; the ideal top 2 is 3, 2.
    const t = rankingTerms([0, 3, 0, 2, 1], 2);
    expect(t.rows).toHaveLength(2);
    expect(t.hits).toBe(1);
    expect(t.relevantInList).toBe(3);
    expect(t.idealDcg.linear).toBeCloseTo(3 + 2 / Math.log2(3), 12);
    // k = 10 on three items: three rows, the rest add nothing.
    expect(rankingTerms([1, 0, 2], 10).rows).toHaveLength(3);
  });

  it('rejects the same input as the metrics, with the same messages', () => {
    expect(() => rankingTerms([], 5)).toThrow('relevance is empty: give at least one value.');
    expect(() => rankingTerms([1], 0)).toThrow('k must be a whole number of 1 or more (got 0).');
    expect(() => rankingTerms([1], 2.5)).toThrow('k must be a whole number of 1 or more (got 2.5).');
    expect(() => rankingTerms([1, -1], 2)).toThrow(/item 2 is -1/);
  });

  it('sums to DCG@k, IDCG@k, nDCG@k and AP@k for any list', () => {
    const grades = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(grades, fc.integer({ min: 1, max: 30 }), (rels, k) => {
        const t = rankingTerms(rels, k);
        expect(t.rows).toHaveLength(Math.min(k, rels.length));
        for (const gain of ['exponential', 'linear'] as const) {
          expect(t.dcg[gain]).toBeCloseTo(dcgAtK(rels, k, gain), 10);
          expect(t.idealDcg[gain]).toBeCloseTo(dcgAtK([...rels].sort((a, b) => b - a), k, gain), 10);
          const ndcg = t.idealDcg[gain] === 0 ? 0 : t.dcg[gain] / t.idealDcg[gain];
          expect(ndcg).toBeCloseTo(ndcgAtK(rels, k, gain), 10);
        }
        expect(t.hits / k).toBeCloseTo(precisionAtK(rels, k), 12);
        if (rels.some((r) => r > 0)) {
          const R = rels.filter((r) => r > 0).length;
          expect(t.precisionSum / Math.min(k, R)).toBeCloseTo(averagePrecisionAtK(rels, k), 12);
        }
      }),
    );
  });
});

describe('ideal order', () => {
  it('sorts indices by grade, highest first, keeping ties in place', () => {
    // Grades 0, 3, 0, 2, 1 at indices 0–4 → 3 (index 1), 2 (3), 1 (4), then the two 0s in order (0, 2).
    expect(idealOrder([0, 3, 0, 2, 1])).toEqual([1, 3, 4, 0, 2]);
    expect(idealOrder([2, 2, 1])).toEqual([0, 1, 2]);
    expect(idealOrder([])).toEqual([]);
  });

  it('gives nDCG 1 and is unchanged when applied twice', () => {
    const grades = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(grades, fc.integer({ min: 1, max: 30 }), (rels, k) => {
        const sorted = idealOrder(rels).map((i) => rels[i]!);
        expect([...idealOrder(rels)].sort((a, b) => a - b)).toEqual(rels.map((_, i) => i));
        expect(idealOrder(sorted)).toEqual(sorted.map((_, i) => i));
        expect(ndcgAtK(sorted, k, 'exponential')).toBe(rels.some((r) => r > 0) ? 1 : 0);
      }),
    );
  });
});
