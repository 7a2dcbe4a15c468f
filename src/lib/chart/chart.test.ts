import { describe, expect, it } from 'vitest';
import { compact, fixedPct, fmt, int, pct, percent, signed, signedPercent } from '../format';
import fc from 'fast-check';
import { areaPath, LINE_TOLERANCE, linePath, simplifyPolyline, stackedBar, type Point } from './path';
import { extent, linearScale, logScale } from './scale';

describe('scales', () => {
  it('maps a domain onto a range and back', () => {
    const y = linearScale([0, 1], [190, 10]);
    expect(y(0)).toBe(190);
    expect(y(1)).toBe(10);
    expect(y(0.5)).toBe(100);
    expect(y.invert(100)).toBe(0.5);
    expect(linearScale([0, 1], [0, 100], 2).ticks()).toEqual([0, 0.5, 1]);
    expect(linearScale([3, 3], [0, 100])(3)).toBe(0);
  });

  it('log scales tick at powers of ten, or at 1–2–5 steps when fewer than two fit', () => {
    expect(logScale([50_000, 5_000_000], [0, 100]).ticks()).toEqual([100_000, 1_000_000]);
    expect(logScale([3000, 9000], [0, 100]).ticks()).toEqual([5000]);
    const wide = logScale([1000, 4000], [0, 100]);
    expect(wide.ticks()).toEqual([1000, 2000]);
    expect(wide(1000)).toBe(0);
    expect(wide.invert(wide(2000))).toBeCloseTo(2000, 9);
  });

  it('extent pads a narrow span', () => {
    expect(extent([1, 2, 3])).toEqual([1, 3]);
    const [lo, hi] = extent([1000, 1100], { log: true, minSpan: 0.5, pad: 0.25 });
    expect(Math.log10(lo)).toBeCloseTo(2.75, 12);
    expect(Math.log10(hi)).toBeCloseTo(Math.log10(1100) + 0.25, 12);
  });
});

describe('paths and bars', () => {
  const x = linearScale([0, 1], [0, 100]);
  const y = linearScale([0, 1], [100, 0]);
  it('draws a line, skipping points that land on the same tenth of a unit', () => {
    expect(
      linePath(
        [
          [0, 0],
          [0.0001, 0],
          [1, 1],
        ],
        x,
        y,
      ),
    ).toBe('M0 100L100 0');
    expect(
      areaPath(
        [
          [0, 0],
          [1, 1],
        ],
        x,
        y,
      ),
    ).toBe('M0 100L100 0L100 100L0 100Z');
    expect(areaPath([], x, y)).toBe('');
  });

  it('stacks values along a bar as long as the larger of their sum and the limit', () => {
    const fits = stackedBar([15, 50, 35], 250);
    expect(fits.total).toBe(100);
    expect(fits.limitAt).toBe(1);
    expect(fits.segments.map((s) => s.width)).toEqual([0.06, 0.2, 0.14]);
    const over = stackedBar([100, 200], 250);
    expect(over.limitAt).toBeCloseTo(250 / 300, 15);
    expect(over.segments.map((s) => s.over)).toEqual([false, true]);
    expect(stackedBar([0], 0).segments[0]!.width).toBe(0);
  });
});

describe('format', () => {
  it('never prints NaN or Infinity, and uses real minus signs', () => {
    expect(fmt(Number.NaN)).toBe('—');
    expect(int(Number.POSITIVE_INFINITY)).toBe('—');
    expect(fmt(0.00001234)).toBe('1.23e-5');
    expect(pct(0.054)).toBe('5.4%');
    expect(signed(-0.035, 2)).toBe('−0.04');
    expect(signed(0, 2)).toBe('0');
    expect(compact(752_703)).toBe('752.7k');
    expect(compact(3_000_000)).toBe('3M');
    expect(int(752_702.4)).toBe('752,702');
    expect(fixedPct(0.06)).toBe('6.0%');
    expect(signedPercent(-0.004, 2)).toBe('−0.4');
    expect(percent(0.05, 2)).toBe('5');
  });

  it('draws a straight run of points as one segment, and keeps every bend', () => {
    const x = linearScale([0, 1], [0, 100]);
    const y = linearScale([0, 1], [100, 0]);
    const straight: Point[] = Array.from({ length: 1001 }, (_, i) => [i / 1000, i / 1000]);
    expect(linePath(straight, x, y)).toBe('M0 100L100 0');
    // A V: down to (0.5, 0) and back up; the vertex is kept exactly.
    const vee: Point[] = Array.from({ length: 1001 }, (_, i) => [i / 1000, Math.abs(i / 1000 - 0.5)]);
    expect(linePath(vee, x, y)).toBe('M0 50L50 100L100 50');
  });

  it('keeps a simplified line within the tolerance of the original', () => {
    // Distance from p to the polyline through `line`.
    const distance = (p: Point, line: readonly Point[]) => {
      let best = Infinity;
      for (let i = 1; i < line.length; i++) {
        const [ax, ay] = line[i - 1]!;
        const [bx, by] = line[i]!;
        const dx = bx - ax;
        const dy = by - ay;
        const l2 = dx * dx + dy * dy;
        const t = l2 > 0 ? Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / l2)) : 0;
        best = Math.min(best, Math.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy));
      }
      return line.length === 1 ? Math.hypot(p[0] - line[0]![0], p[1] - line[0]![1]) : best;
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 300, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true })), { minLength: 1, maxLength: 300 }),
        (raw) => {
          const points = raw.map(([a, b]) => [a, b] as Point);
          const kept = simplifyPolyline(points, LINE_TOLERANCE);
          expect(kept[0]).toEqual(points[0]);
          expect(kept.at(-1)).toEqual(points.at(-1));
          expect(kept.length).toBeLessThanOrEqual(points.length);
          for (const p of points) expect(distance(p, kept)).toBeLessThanOrEqual(LINE_TOLERANCE + 1e-9);
        },
      ),
    );
  });
});
