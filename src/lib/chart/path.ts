/** SVG path data and bar layouts from data points and scales. */
import type { Scale } from './scale';

export type Point = readonly [number, number];

/**
 * Path through the points ("M x y L x y …") at 0.1-unit resolution, dropping points that
 * land on the previous one, so a 20,000-point curve costs only the pixels it covers.
 */
export function linePath(points: readonly Point[], x: Scale, y: Scale): string {
  let d = '';
  let last = '';
  for (const [px, py] of points) {
    const xy = `${x(px).toFixed(1)} ${y(py).toFixed(1)}`;
    if (xy === last) continue;
    d += `${d ? 'L' : 'M'}${xy}`;
    last = xy;
  }
  return d;
}

/** The area between the line and y = `base`: the line, down to the base, back to the start. */
export function areaPath(points: readonly Point[], x: Scale, y: Scale, base = 0): string {
  if (points.length === 0) return '';
  const line = linePath(points, x, y);
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return `${line}L${x(last[0]).toFixed(1)} ${y(base).toFixed(1)}L${x(first[0]).toFixed(1)} ${y(base).toFixed(1)}Z`;
}

export interface Segment {
  /** Start and width, as shares of the bar (0 to 1). */
  start: number;
  width: number;
  /** Ends past `limit` (e.g. the latency budget). */
  over: boolean;
}

/**
 * Lays values end to end along one bar whose length is the larger of their sum and `limit`,
 * marking the segments that run past the limit. Returns the segments and where the limit falls.
 */
export function stackedBar(values: readonly number[], limit: number): { segments: Segment[]; limitAt: number; total: number } {
  const total = values.reduce((sum, v) => sum + v, 0);
  const length = Math.max(total, limit);
  if (!(length > 0)) return { segments: values.map(() => ({ start: 0, width: 0, over: false })), limitAt: 0, total };
  const limitAt = limit / length;
  let start = 0;
  const segments = values.map((v) => {
    const width = v / length;
    const segment = { start, width, over: start + width > limitAt + 1e-9 };
    start += width;
    return segment;
  });
  return { segments, limitAt, total };
}
