import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { averagePrecision, precisionRecallCurve, rocAuc, rocCurve } from './curves';
import { calibration, logLoss, normalizedEntropy, recalibrate } from './probability';
import { InputError } from '../input';

// scikit-learn documentation examples: roc_auc_score and average_precision_score of
// y_true = [0, 0, 1, 1], y_scores = [0.1, 0.4, 0.35, 0.8] are 0.75 and 0.8333…
const y = [0, 0, 1, 1];
const s = [0.1, 0.4, 0.35, 0.8];

describe('ROC', () => {
  it('matches scikit-learn on its documented example', () => {
    expect(rocAuc(y, s)).toBeCloseTo(0.75, 12);
    const curve = rocCurve(y, s);
    expect(curve.fpr).toEqual([0, 0, 0.5, 0.5, 1]);
    expect(curve.tpr).toEqual([0, 0.5, 0.5, 1, 1]);
    expect(curve.thresholds).toEqual([Number.POSITIVE_INFINITY, 0.8, 0.4, 0.35, 0.1]);
  });

  it('counts ties between a positive and a negative as half a pair', () => {
    // Positives score {0.9, 0.5}; negatives {0.9, 0.3, 0.5}. Pairs won: 0.9 → 0.5 + 1 + 1,
    // 0.5 → 0 + 1 + 0.5; total 4 of 6.
    expect(rocAuc([1, 0, 1, 0, 0], [0.9, 0.9, 0.5, 0.3, 0.5])).toBeCloseTo(4 / 6, 12);
    expect(rocAuc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5])).toBeCloseTo(0.5, 12);
  });

  it('is invariant under strictly increasing transforms and flips under negation', () => {
    const sample = fc
      .array(fc.tuple(fc.constantFrom(0, 1), fc.integer({ min: -50, max: 50 })), { minLength: 2, maxLength: 60 })
      .filter((rows) => rows.some(([l]) => l === 1) && rows.some(([l]) => l === 0));
    fc.assert(
      fc.property(sample, (rows) => {
        const labels = rows.map(([l]) => l);
        const scores = rows.map(([, v]) => v);
        const auc = rocAuc(labels, scores);
        expect(auc).toBeGreaterThanOrEqual(0);
        expect(auc).toBeLessThanOrEqual(1);
        expect(rocAuc(labels, scores.map((v) => Math.exp(v / 10) * 3 + 7))).toBeCloseTo(auc, 12);
        expect(rocAuc(labels, scores.map((v) => -v))).toBeCloseTo(1 - auc, 12);
      }),
    );
  });

  it('equals the Mann–Whitney pair count', () => {
    const sample = fc
      .array(fc.tuple(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 5 })), { minLength: 2, maxLength: 40 })
      .filter((rows) => rows.some(([l]) => l === 1) && rows.some(([l]) => l === 0));
    fc.assert(
      fc.property(sample, (rows) => {
        const pos = rows.filter(([l]) => l === 1).map(([, v]) => v);
        const neg = rows.filter(([l]) => l === 0).map(([, v]) => v);
        let won = 0;
        for (const p of pos) for (const q of neg) won += p > q ? 1 : p === q ? 0.5 : 0;
        expect(rocAuc(rows.map(([l]) => l), rows.map(([, v]) => v))).toBeCloseTo(won / (pos.length * neg.length), 12);
      }),
    );
  });
});

describe('precision–recall and average precision', () => {
  it('matches scikit-learn on its documented example', () => {
    expect(averagePrecision(y, s)).toBeCloseTo(0.8333333333333333, 12);
    const pr = precisionRecallCurve(y, s);
    // sklearn: precision [0.5, 0.6667, 0.5, 1, 1], recall [1, 1, 0.5, 0.5, 0], thresholds [0.1, 0.35, 0.4, 0.8]
    expect(pr.precision.map((v) => +v.toFixed(4))).toEqual([0.5, 0.6667, 0.5, 1, 1]);
    expect(pr.recall).toEqual([1, 1, 0.5, 0.5, 0]);
    expect(pr.thresholds).toEqual([0.1, 0.35, 0.4, 0.8]);
  });

  it('treats tied scores as one threshold', () => {
    // Thresholds 0.9 (P = 1/2, R = 1/2) then 0.5 (P = 2/4, R = 1): AP = 0.5·0.5 + 0.5·0.5 = 0.5
    expect(averagePrecision([1, 0, 1, 0, 0], [0.9, 0.9, 0.5, 0.3, 0.5])).toBeCloseTo(0.5, 12);
  });

  it('is 1 for a perfect ranking and within (0, 1] otherwise', () => {
    expect(averagePrecision([0, 1, 1, 0], [0.1, 0.8, 0.9, 0.2])).toBe(1);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(0, 1), fc.double({ min: -1, max: 1, noNaN: true })), { minLength: 2, maxLength: 50 })
          .filter((rows) => rows.some(([l]) => l === 1) && rows.some(([l]) => l === 0)),
        (rows) => {
          const ap = averagePrecision(rows.map(([l]) => l), rows.map(([, v]) => v));
          expect(ap).toBeGreaterThan(0);
          expect(ap).toBeLessThanOrEqual(1 + 1e-12);
        },
      ),
    );
  });

  it.each([
    [() => rocAuc([1, 1], [0.2, 0.3]), /only positives/],
    [() => averagePrecision([0, 0], [0.2, 0.3]), /only negatives/],
    [() => rocAuc([], []), /labels is empty/],
    [() => rocAuc([0, 1], [0.3]), /labels has 2 values but scores has 1/],
    [() => rocAuc([0, 2], [0.3, 0.4]), /item 2 is 2; labels must be 0/],
    [() => rocAuc([0, 1], [0.3, Number.NaN]), /scores: item 2 is not a finite number/],
  ])('rejects bad input (%#)', (fn, message) => {
    expect(fn).toThrow(InputError);
    expect(fn).toThrow(message);
  });
});

describe('log loss, normalized entropy and calibration', () => {
  // scikit-learn's log_loss example: ["spam", "ham", "ham", "spam"] with P(spam) = .9, .1, .2, .65 → 0.21616…
  const labels = [1, 0, 0, 1];
  const probs = [0.9, 0.1, 0.2, 0.65];

  it('log loss matches scikit-learn', () => {
    expect(logLoss(labels, probs)).toBeCloseTo(0.21616187468057912, 12);
  });

  it('normalized entropy divides by the entropy of the base rate', () => {
    // Positive rate 0.5 → background entropy ln 2.
    expect(normalizedEntropy(labels, probs)).toBeCloseTo(0.21616187468057912 / Math.LN2, 12);
    // Predicting the base rate everywhere gives NE = 1 exactly.
    expect(normalizedEntropy([1, 0, 0, 0], [0.25, 0.25, 0.25, 0.25])).toBeCloseTo(1, 12);
  });

  it('calibration is expected over observed positives', () => {
    expect(calibration(labels, probs)).toBeCloseTo((0.9 + 0.1 + 0.2 + 0.65) / 2, 12);
  });

  it('accepts 0 and 1 where they do not make the loss infinite', () => {
    expect(logLoss([1, 0], [1, 0])).toBe(0);
    expect(() => logLoss([1, 0], [0, 0.5])).toThrow(/infinite/);
    expect(() => logLoss([1, 0], [0.5, 1.2])).toThrow(/between 0 and 1/);
    expect(() => normalizedEntropy([1, 1], [0.5, 0.5])).toThrow(/positive rate is 1/);
    expect(() => calibration([0, 0], [0.5, 0.5])).toThrow(/no positive labels/);
  });
});

describe('recalibrate', () => {
  it('undoes negative downsampling exactly', () => {
    // True CTR 1%. Keeping 10% of negatives turns it into 0.01 / (0.01 + 0.99·0.1) = 0.0917…
    const trueRate = 0.01;
    const w = 0.1;
    const sampled = trueRate / (trueRate + (1 - trueRate) * w);
    expect(sampled).toBeCloseTo(0.09174311926605505, 12);
    expect(recalibrate(sampled, w)).toBeCloseTo(trueRate, 12);
    expect(recalibrate(0.3, 1)).toBe(0.3);
  });

  it('is monotone and stays in [0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true }), (p, w) => {
        const q = recalibrate(p, w);
        expect(q).toBeGreaterThanOrEqual(0);
        expect(q).toBeLessThanOrEqual(p + 1e-12);
      }),
    );
  });

  it('rejects rates outside (0, 1]', () => {
    expect(() => recalibrate(0.5, 0)).toThrow(/in \(0, 1\]/);
    expect(() => recalibrate(0.5, 1.5)).toThrow(InputError);
    expect(() => recalibrate(1.5, 0.5)).toThrow(/between 0 and 1/);
  });
});
