import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { averagePrecision, precisionRecallCurve, rocCurve } from './curves';
import { InputError } from '../input';
import { bestF1Index, nearestPointIndex, nearestThresholdIndex, operatingPoints, prStepPolyline } from './threshold';

// scikit-learn's documented example: labels [0, 0, 1, 1], scores [0.1, 0.4, 0.35, 0.8].
const y = [0, 0, 1, 1];
const s = [0.1, 0.4, 0.35, 0.8];

const scoredRows = fc
  .array(fc.tuple(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 20 })), { minLength: 2, maxLength: 60 })
  .filter((rows) => rows.some(([l]) => l === 1) && rows.some(([l]) => l === 0));

describe('operatingPoints', () => {
  it('gives the confusion matrix at each distinct score, thresholds ascending', () => {
    // Score ≥ 0.1 flags all four; ≥ 0.35 flags 0.35 (pos), 0.4 (neg), 0.8 (pos); ≥ 0.4 flags
    // 0.4 and 0.8; ≥ 0.8 flags only the positive at 0.8.
    expect(operatingPoints(y, s)).toEqual([
      { threshold: 0.1, tp: 2, fp: 2, fn: 0, tn: 0 },
      { threshold: 0.35, tp: 2, fp: 1, fn: 0, tn: 1 },
      { threshold: 0.4, tp: 1, fp: 1, fn: 1, tn: 1 },
      { threshold: 0.8, tp: 1, fp: 0, fn: 1, tn: 2 },
    ]);
  });

  it('agrees with rocCurve and precisionRecallCurve point by point', () => {
    fc.assert(
      fc.property(scoredRows, (rows) => {
        const labels = rows.map(([l]) => l);
        const scores = rows.map(([, v]) => v);
        const points = operatingPoints(labels, scores);
        const roc = rocCurve(labels, scores);
        const pr = precisionRecallCurve(labels, scores);
        points.forEach((p, i) => {
          const j = points.length - i; // rocCurve: descending, after the (0, 0) point
          expect(roc.thresholds[j]).toBe(p.threshold);
          expect(roc.tpr[j]).toBeCloseTo(p.tp / (p.tp + p.fn), 12);
          expect(roc.fpr[j]).toBeCloseTo(p.fp / (p.fp + p.tn), 12);
          expect(pr.thresholds[i]).toBe(p.threshold);
          expect(pr.precision[i]).toBeCloseTo(p.tp / (p.tp + p.fp), 12);
          expect(p.tp + p.fp + p.fn + p.tn).toBe(labels.length);
        });
      }),
    );
  });

  it('rejects one-class input', () => {
    expect(() => operatingPoints([1, 1], [0.1, 0.2])).toThrow(InputError);
    expect(() => operatingPoints([1, 1], [0.1, 0.2])).toThrow(/only positives/);
  });
});

describe('choosing a threshold', () => {
  const points = operatingPoints(y, s);

  it('finds the nearest threshold, the lower one on a tie', () => {
    expect(nearestThresholdIndex(points, 0.36)).toBe(1);
    expect(nearestThresholdIndex(points, 0.39)).toBe(2);
    expect(nearestThresholdIndex(points, 0.375)).toBe(1);
    expect(nearestThresholdIndex(points, -5)).toBe(0);
    expect(nearestThresholdIndex(points, 99)).toBe(3);
    expect(nearestThresholdIndex(points, 0.8)).toBe(3);
  });

  it('picks the best F1', () => {
    // F1 by threshold: 0.1 → 2·2/(4 + 2) = 0.667; 0.35 → 4/5 = 0.8; 0.4 → 2/4 = 0.5; 0.8 → 2/3.
    expect(bestF1Index(points)).toBe(1);
    // Tie: labels [1, 0, 0, 1] at scores [0.9, 0.5, 0.4, 0.1]. Threshold 0.1 flags all: F1 = 4/6;
    // 0.4 → 2/5; 0.5 → 2/4; 0.9 flags only the top positive: F1 = 2/3. The higher threshold wins.
    expect(bestF1Index(operatingPoints([1, 0, 0, 1], [0.9, 0.5, 0.4, 0.1]))).toBe(3);
  });

  it('picks the chart point nearest the pointer', () => {
    expect(nearestPointIndex([[0, 0], [0.5, 0.5], [1, 1]], 0.6, 0.4)).toBe(1);
    expect(nearestPointIndex([[0, 0], [0.5, 0.5], [1, 1]], 0.9, 0.2)).toBe(1);
    expect(nearestPointIndex([[0, 0], [0.5, 0.5], [1, 1]], 1, 0.9)).toBe(2);
  });
});

describe('prStepPolyline', () => {
  const area = (pts: [number, number][]) => {
    let a = 0;
    for (let i = 1; i < pts.length; i++) a += ((pts[i]![0] - pts[i - 1]![0]) * (pts[i]![1] + pts[i - 1]![1])) / 2;
    return a;
  };

  it('traces the steps of the documented example', () => {
    // Recall 0 → 0.5 at precision 1 (threshold 0.8), 0.5 → 1 at precision 2/3 (threshold 0.35).
    const line = prStepPolyline(precisionRecallCurve(y, s));
    expect(line[0]).toEqual([0, 1]);
    expect(line.at(-1)).toEqual([1, 0.5]);
    expect(area(line)).toBeCloseTo(0.5 + 0.5 * (2 / 3), 12);
  });

  it('encloses exactly the average precision, from recall 0 to 1', () => {
    fc.assert(
      fc.property(scoredRows, (rows) => {
        const labels = rows.map(([l]) => l);
        const scores = rows.map(([, v]) => v);
        const line = prStepPolyline(precisionRecallCurve(labels, scores));
        expect(line[0]![0]).toBe(0);
        expect(line.at(-1)![0]).toBe(1);
        for (let i = 1; i < line.length; i++) expect(line[i]![0]).toBeGreaterThanOrEqual(line[i - 1]![0]);
        expect(area(line)).toBeCloseTo(averagePrecision(labels, scores), 12);
      }),
    );
  });
});
