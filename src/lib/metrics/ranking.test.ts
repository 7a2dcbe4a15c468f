import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MetricInputError } from './errors';
import {
  averagePrecisionAtK,
  meanReciprocalRank,
  ndcgAtK,
  precisionAtK,
  recallAtK,
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
    expect(() => precisionAtK([1], 1.5)).toThrow(MetricInputError);
    expect(() => precisionAtK([], 1)).toThrow(/relevance is empty/);
    expect(() => precisionAtK([1, -2], 1)).toThrow(/item 2 is -2/);
    expect(() => meanReciprocalRank([])).toThrow(/at least one ranked list/);
    expect(() => averagePrecisionAtK([0, 0], 2)).toThrow(MetricInputError);
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
