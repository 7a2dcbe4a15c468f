import { describe, expect, it } from 'vitest';
import { costReport } from './cost-view';

describe('costReport', () => {
  // The cost.test.ts sample: costs 20, 10, 11, 1, 3 at Infinity, 0.9, 0.8, 0.7, 0.3.
  const labels = [1, 0, 1, 0, 0];
  const scores = [0.9, 0.8, 0.7, 0.3, 0.3];

  it('puts the cost curve on the share of cases flagged, with the minimum and both extremes', () => {
    const r = costReport(labels, scores, { fp: 1, fn: 10 });
    expect(r.points.map((p) => p.share)).toEqual([0, 0.2, 0.4, 0.6, 1]);
    expect(r.best).toMatchObject({ threshold: 0.7, cost: 1, share: 0.6, index: 3 });
    expect(r.flagNothing).toBe(20);
    expect(r.flagAll).toBe(3);
    expect(r.total).toBe(5);
    expect(r.positives).toBe(2);
  });

  it('reads the Bayes threshold off calibrated scores, and what it costs here', () => {
    // fp 1, fn 10 → flag p ≥ 1/11 ≈ 0.0909: all five flagged, cost 3.
    const r = costReport(labels, scores, { fp: 1, fn: 10 });
    expect(r.bayes).toEqual({ kind: 'threshold', threshold: 1 / 11, cost: 3, confusion: { tp: 2, fp: 3, fn: 0, tn: 0 } });
    // fp 3, fn 1, tn 1 (the RAG page's refusal costs): (3 − 1) / ((3 − 1) + 1) = 2/3 → 0.9, 0.8, 0.7 flagged.
    const rag = costReport(labels, scores, { fp: 3, fn: 1, tn: 1 });
    expect(rag.bayes).toMatchObject({ kind: 'threshold', confusion: { tp: 2, fp: 1, fn: 0, tn: 2 }, cost: 3 + 2 });
  });

  it('says when the costs make flagging pointless, and when scores are not probabilities', () => {
    expect(costReport(labels, scores, { fp: 1, fn: 1, tp: 2 }).bayes).toMatchObject({ kind: 'degenerate', message: expect.stringMatching(/never pays/) });
    expect(costReport(labels, [3, 2, 1, 0, -1], { fp: 1, fn: 10 }).bayes).toEqual({ kind: 'not-probabilities' });
  });
});
