import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  constantPredictionNE,
  downsampledRate,
  downsampledRateSteps,
  downsamplingScenario,
  probabilityReport,
  recalibrateAll,
  recalibrationSteps,
} from './ctr';
import { recalibrate } from './probability';
import { InputError } from '../input';

describe('downsampling scenario', () => {
  it('matches the metrics chapter example: 1% CTR, 5% of negatives kept', () => {
    // p_s = 0.01 / (0.01 + 0.99·0.05) = 0.01 / 0.0595 = 0.168067…; p_s / c = 16.807 (≈ 1/w = 20 at low CTR).
    // NE of predicting p_s everywhere (by hand, natural logs):
    //   cross-entropy −(0.01·ln 0.168067 + 0.99·ln 0.831933) = 0.0178339 + 0.1821636 = 0.1999975
    //   entropy of 0.01: −(0.01·ln 0.01 + 0.99·ln 0.99) = 0.0460517 + 0.0099498 = 0.0560015
    //   ratio 3.57129.
    const s = downsamplingScenario(0.01, 0.05);
    expect(s.trainedRate).toBeCloseTo(0.1680672268907563, 12);
    expect(s.rawCalibration).toBeCloseTo(16.80672268907563, 10);
    expect(s.recalibratedRate).toBeCloseTo(0.01, 12);
    expect(s.recalibratedCalibration).toBeCloseTo(1, 12);
    expect(s.rawConstantNE).toBeCloseTo(3.5712864128951165, 10);
    expect(s.recalibratedConstantNE).toBeCloseTo(1, 12);
  });

  it('inflates the rate by about 1/w when clicks are rare, and recalibration always undoes it', () => {
    // Low CTR: p_s / c = 1 / (c + (1 − c)w) → 1/w as c → 0.
    // c = 1e-6, w = 0.1: 1 / (1e-6 + 0.999999·0.1) = 1 / 0.1000009 = 9.99991.
    expect(downsampledRate(1e-6, 0.1) / 1e-6).toBeCloseTo(9.99991, 5);
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 0.999, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true }), (c, w) => {
        const s = downsamplingScenario(c, w);
        expect(s.trainedRate).toBeGreaterThanOrEqual(c * (1 - 1e-12));
        expect(s.rawCalibration).toBeLessThanOrEqual(1 / w + 1e-9);
        expect(s.recalibratedCalibration).toBeCloseTo(1, 9);
      }),
    );
  });

  it('NE of a constant prediction is 1 at the true rate and above 1 elsewhere', () => {
    // c = 0.5, p = 0.3: −(0.5 ln 0.3 + 0.5 ln 0.7) / ln 2 = (0.601986 + 0.178337) / 0.693147 = 1.125769.
    expect(constantPredictionNE(0.5, 0.3)).toBeCloseTo(1.1257693834979823, 12);
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), (c, p) => {
        expect(constantPredictionNE(c, c)).toBeCloseTo(1, 12);
        expect(constantPredictionNE(c, p)).toBeGreaterThanOrEqual(1 - 1e-12);
      }),
    );
  });

  it('spells out both formulas with the numbers substituted', () => {
    // p_s = 0.01 / (0.01 + 0.99 × 0.05) = 0.01 / 0.0595; q = 0.2 / (0.2 + 0.8 / 0.05) = 0.2 / 16.2 = 0.012346 (the chapter's example).
    const ps = downsampledRateSteps(0.01, 0.05);
    expect(ps.oneMinusC).toBeCloseTo(0.99, 15);
    expect(ps.denominator).toBeCloseTo(0.0595, 15);
    expect(ps.result).toBeCloseTo(0.1680672268907563, 12);
    const q = recalibrationSteps(0.2, 0.05);
    expect(q.oneMinusP).toBeCloseTo(0.8, 15);
    expect(q.denominator).toBeCloseTo(16.2, 12);
    expect(q.result).toBeCloseTo(0.2 / 16.2, 12);
    expect(() => recalibrationSteps(0.2, 0)).toThrow(/share of negatives kept/);
  });

  it.each([
    [() => downsamplingScenario(0, 0.05), 'ctr', /strictly between 0 and 1/],
    [() => downsamplingScenario(1, 0.05), 'ctr', /strictly between 0 and 1/],
    [() => downsamplingScenario(0.01, 0), 'w', /share of negatives kept/],
    [() => downsamplingScenario(0.01, 1.2), 'w', /at most 1/],
    [() => downsamplingScenario(Number.NaN, 0.5), 'ctr', /finite number/],
    [() => recalibrateAll([0.5], -1), 'w', /share of negatives kept/],
  ])('rejects bad input (%#)', (fn, field, message) => {
    expect(fn).toThrow(InputError);
    expect(fn).toThrow(message);
    try {
      fn();
    } catch (e) {
      expect((e as InputError).field).toBe(field);
    }
  });
});

describe('probabilityReport', () => {
  it('matches scikit-learn log_loss on its documented example', () => {
    // log_loss([1, 0, 0, 1], [.9, .1, .2, .65]) = 0.21616…; base rate 0.5 so NE = 0.21616 / ln 2.
    const r = probabilityReport([1, 0, 0, 1], [0.9, 0.1, 0.2, 0.65]);
    expect(r.logLoss).toBeCloseTo(0.21616187468057912, 12);
    expect(r.normalizedEntropy).toBeCloseTo(0.21616187468057912 / Math.LN2, 12);
    expect(r.calibration).toBeCloseTo(1.85 / 2, 12);
    expect(r.meanPrediction).toBeCloseTo(1.85 / 4, 12);
  });

  it('recalibration fixes the calculator default (20 items, 2 clicks, w = 0.05)', () => {
    // Computed independently in Python: predictions are true probabilities pushed through
    // p = q / (q + (1 − q)·0.05) and rounded to 2 decimals.
    const labels = [0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const probs = [0.45, 0.9, 0.29, 0.63, 0.73, 0.51, 0.38, 0.87, 0.69, 0.29, 0.56, 0.66, 0.45, 0.78, 0.6, 0.38, 0.83, 0.51, 0.71, 0.66];
    const before = probabilityReport(labels, probs);
    expect(before.logLoss).toBeCloseTo(0.8200833346059371, 12);
    expect(before.normalizedEntropy).toBeCloseTo(2.5226892877543445, 12);
    expect(before.calibration).toBeCloseTo(5.94, 12);
    const after = probabilityReport(labels, recalibrateAll(probs, 0.05));
    expect(after.logLoss).toBeCloseTo(0.19831773781915052, 12);
    expect(after.normalizedEntropy).toBeCloseTo(0.6100526759374336, 12);
    expect(after.calibration).toBeCloseTo(0.9490918610702836, 12);
    expect(recalibrateAll(probs, 0.05)[0]).toBe(recalibrate(0.45, 0.05));
  });

  it('passes on the library’s messages for bad lists', () => {
    expect(() => probabilityReport([0, 1], [0.5])).toThrow('labels has 2 values but probabilities has 1: give one probability per label.');
    expect(() => probabilityReport([0, 0], [0.5, 0.5])).toThrow(/positive rate is 0/);
    expect(() => probabilityReport([0, 1], [0.5, 1.5])).toThrow(/between 0 and 1/);
  });
});
