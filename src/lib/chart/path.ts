/** SVG path data and bar layouts from data points and scales. */
import type { Scale } from './scale';

export type Point = readonly [number, number];

/** Largest distance, in chart units, a drawn line may stray from the data's polyline. */
export const LINE_TOLERANCE = 0.25;

/** A coordinate at 0.1-unit resolution, without a trailing ".0" ("12", "12.5"). */
const coord = (v: number): string => String(Math.round(v * 10) / 10);

/**
 * The fewest points whose polyline stays within `tolerance` of the given one
 * (Ramer–Douglas–Peucker), keeping both ends and every point that bends the line by more
 * than that: a cost curve of 20,000 thresholds is drawn with the few dozen points that
 * change its shape, and its minimum stays where it is. Iterative, so long inputs cannot
 * overflow the stack.
 */
export function simplifyPolyline(points: readonly Point[], tolerance: number): Point[] {
  const n = points.length;
  if (n <= 2) return [...points];
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const spans: [number, number][] = [[0, n - 1]];
  while (spans.length > 0) {
    const [a, b] = spans.pop()!;
    const [ax, ay] = points[a]!;
    const [bx, by] = points[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const length2 = dx * dx + dy * dy;
    let worst = -1;
    let worstAt = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i]!;
      // Distance to the segment a–b (to the nearer end where the foot falls outside it).
      const t = length2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2)) : 0;
      const ex = px - (ax + t * dx);
      const ey = py - (ay + t * dy);
      const d2 = ex * ex + ey * ey;
      if (d2 > worst) {
        worst = d2;
        worstAt = i;
      }
    }
    if (worstAt > 0 && worst > tolerance * tolerance) {
      keep[worstAt] = 1;
      spans.push([a, worstAt], [worstAt, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * Path data ("M x y L x y …") through the points in chart units, simplified to within
 * LINE_TOLERANCE (a quarter of a unit: under a pixel at any size the charts are drawn)
 * and written at 0.1-unit resolution, so a long curve costs the bends it has rather than
 * the thresholds it was computed at.
 */
export function linePath(points: readonly Point[], x: Scale, y: Scale): string {
  // First the points as written (0.1-unit cells, repeats dropped: linear time, and at most
  // a few thousand cells for any curve across a chart), then only the bends among them.
  const cells: Point[] = [];
  let last = '';
  for (const [px, py] of points) {
    const cell: Point = [Math.round(x(px) * 10) / 10, Math.round(y(py) * 10) / 10];
    const key = `${cell[0]} ${cell[1]}`;
    if (key === last) continue;
    cells.push(cell);
    last = key;
  }
  return simplifyPolyline(cells, LINE_TOLERANCE)
    .map(([px, py], i) => `${i ? 'L' : 'M'}${coord(px)} ${coord(py)}`)
    .join('');
}

/** The area between the line and y = `base`: the line, down to the base, back to the start. */
export function areaPath(points: readonly Point[], x: Scale, y: Scale, base = 0): string {
  if (points.length === 0) return '';
  const line = linePath(points, x, y);
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return `${line}L${coord(x(last[0]))} ${coord(y(base))}L${coord(x(first[0]))} ${coord(y(base))}Z`;
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
