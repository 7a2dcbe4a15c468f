import { describe, expect, it } from 'vitest';
import { InputError } from '../input';
import { countsReport, scenarioReport } from './confusion-view';
import { calibrationLists, downsamplingScenario } from './ctr';
import { parseGrades, rankingReport } from './ranking-view';
import { baselineLabelY, chosenThreshold, thresholdExplorer } from './roc-view';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.field;
    throw e;
  }
  return 'no error';
};

describe('countsReport and scenarioReport', () => {
  it('computes the metrics of four counts and flags 0/0 ones', () => {
    const r = countsReport({ tp: 40, fp: 10, fn: 20, tn: 30 }, 1);
    expect(r.metrics.precision).toBeCloseTo(0.8, 15);
    expect(countsReport({ tp: 0, fp: 0, fn: 5, tn: 95 }, 1).undefinedMetrics).toContain('precision');
    expect(fieldOf(() => countsReport({ tp: 1e13, fp: 0, fn: 0, tn: 0 }, 1))).toBe('tp');
    expect(fieldOf(() => countsReport({ tp: 1, fp: 0, fn: 0, tn: 0 }, 1000))).toBe('beta');
  });

  it('turns the default scenario into counts, an AUC and a five-row sweep around the threshold', () => {
    // 100 positives: TP = round(100·(1 − Φ(−0.5))) = 69; FP = round(9,900·(1 − Φ(2))) = 225; AUC = Φ(2.5/√2) = 0.961.
    const r = scenarioReport({ prevalence: 0.01, separation: 2.5, threshold: 2, population: 10_000 }, 1);
    expect(r.counts).toEqual({ tp: 69, fp: 225, fn: 31, tn: 9675 });
    expect(r.auc).toBeCloseTo(0.96145, 5);
    expect(r.sweep.map((s) => s.threshold)).toEqual([1, 1.5, 2, 2.5, 3]);
    expect(r.sweep.map((s) => s.current)).toEqual([false, false, true, false, false]);
    expect(fieldOf(() => scenarioReport({ prevalence: 0.01, separation: 50, threshold: 2, population: 100 }, 1))).toBe('separation');
    expect(fieldOf(() => scenarioReport({ prevalence: 0.01, separation: 1, threshold: 2, population: 1e12 }, 1))).toBe('population');
  });
});

describe('thresholdExplorer', () => {
  it("matches scikit-learn's documented example and starts at the best-F1 threshold", () => {
    // ROC-AUC 0.75, AP 0.8333; best F1 at ≥ 0.35 (TP 2, FP 1).
    const v = thresholdExplorer([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
    expect(v.auc).toBeCloseTo(0.75, 15);
    expect(v.ap).toBeCloseTo(0.8333333, 6);
    expect(v.points[v.bestF1]).toMatchObject({ threshold: 0.35, tp: 2, fp: 1 });
    expect(chosenThreshold(v, Number.NaN)).toBe(v.bestF1);
    expect(v.points[chosenThreshold(v, 0.79)]!.threshold).toBe(0.8);
    expect(v.rocCandidates[v.bestF1]).toEqual([0.5, 1]);
    expect(v.prevalence).toBe(0.5);
    expect(baselineLabelY(0.5)).toBeCloseTo(0.43, 15);
    expect(baselineLabelY(0.1)).toBeCloseTo(0.13, 15);
  });
});

describe('rankingReport', () => {
  it('gives the default list’s metrics (0, 3, 0, 2, 1 at k = 5)', () => {
    const r = rankingReport([0, 3, 0, 2, 1], 5);
    expect(r.precision).toBeCloseTo(0.6, 15);
    expect(r.rr).toBe(0.5);
    expect(r.ndcg.exponential).toBeCloseTo(0.648944, 6);
    expect(r.withR).toMatchObject({ R: 3, recall: 1, apDenominator: 3 });
    expect(r.withR!.ap).toBeCloseTo(1.6 / 3, 12);
    expect(r.emptyPositions).toBeUndefined();
    expect(rankingReport([1, 0], 4).emptyPositions).toEqual([3, 4]);
  });

  it('says recall and AP are undefined when nothing is relevant, instead of failing', () => {
    const r = rankingReport([0, 0], 2);
    expect(r.withR).toBeUndefined();
    expect(r.undefinedReason).toMatch(/recall and AP are undefined/);
    expect(r.precision).toBe(0);
    expect(r.ndcg.exponential).toBe(0);
  });

  it('refuses a total below the relevant items, and absurd cut-offs', () => {
    expect(fieldOf(() => rankingReport([0, 3, 0, 2, 1], 5, 2))).toBe('totalRelevant');
    expect(fieldOf(() => rankingReport([1], 5000))).toBe('k');
    expect(fieldOf(() => rankingReport([1], 5, 1e12))).toBe('totalRelevant');
  });

  it('reads grades and bounds the list', () => {
    expect(parseGrades(['0', '3'])).toEqual([0, 3]);
    expect(() => parseGrades(['0', '7'])).toThrow('Relevance of item 2 is “7”: choose a grade of 0, 1, 2 or 3.');
    expect(() => parseGrades(Array.from({ length: 50_000 }, () => '1'))).toThrow('The list holds 50,000 items; at most 100 are ranked here.');
  });
});

describe('calibrationLists', () => {
  it('reports before and after recalibration, with the observed CTR', () => {
    // scikit-learn's log_loss example with w = 1: nothing changes.
    const r = calibrationLists([1, 0, 0, 1], [0.9, 0.1, 0.2, 0.65], 1);
    expect(r.before.logLoss).toBeCloseTo(0.216162, 6);
    expect(r.after.logLoss).toBeCloseTo(r.before.logLoss, 15);
    expect(r).toMatchObject({ clicks: 2, n: 4, observedCtr: 0.5, firstP: 0.9 });
    expect(downsamplingScenario(0.01, 0.05).lowCtrLimit).toBe(20);
  });
});
