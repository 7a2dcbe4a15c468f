/**
 * A small chart kit: server-rendered SVG marks over the scales in src/lib/chart, so a
 * chart prints and reads without JavaScript and ships no chart library. Coordinates are
 * SVG user units of the chart's viewBox; marks take data values and the scales.
 */
import type { ComponentChildren, SVGAttributes } from 'preact';
import { areaPath, linePath, type Point } from '../../lib/chart/path';
import type { Scale } from '../../lib/chart/scale';
import './chart.css';

interface ChartProps extends Omit<SVGAttributes<SVGSVGElement>, 'title'> {
  width: number;
  height: number;
  /** Short name (the SVG title). */
  title: string;
  /** What the chart shows, with its key numbers: the accessible name. */
  description: string;
  children: ComponentChildren;
}

export function Chart({ width, height, title, description, children, class: extra, ...rest }: ChartProps) {
  return (
    <svg class={extra ? `calc-chart ${extra}` : 'calc-chart'} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description} {...rest}>
      <title>{title}</title>
      {children}
    </svg>
  );
}

interface Axes {
  x: Scale;
  y: Scale;
}

/** Grid lines at the ticks: vertical ones at `xTicks`, horizontal ones at `yTicks`. */
export function Grid({
  x,
  y,
  xTicks = [],
  yTicks = [],
  class: cls = 'calc-chart-grid',
}: Axes & { xTicks?: readonly number[]; yTicks?: readonly number[]; class?: string }) {
  const [x0, x1] = x.range;
  const [y0, y1] = y.range;
  return (
    <g>
      {xTicks.map((t) => (
        <line key={`x${t}`} class={cls} x1={x(t)} x2={x(t)} y1={y0} y2={y1} />
      ))}
      {yTicks.map((t) => (
        <line key={`y${t}`} class={cls} x1={x0} x2={x1} y1={y(t)} y2={y(t)} />
      ))}
    </g>
  );
}

/** Labels along an axis: below the x range, or left of the y range. */
export function TickLabels({
  scale,
  ticks,
  axis,
  at,
  format = String,
  class: cls = 'calc-chart-label',
}: {
  scale: Scale;
  ticks: readonly number[];
  axis: 'x' | 'y';
  at: number;
  format?: (t: number) => string;
  class?: string;
}) {
  return (
    <g>
      {ticks.map((t) =>
        axis === 'x' ? (
          <text key={t} class={cls} x={scale(t)} y={at} text-anchor="middle">
            {format(t)}
          </text>
        ) : (
          <text key={t} class={cls} x={at} y={scale(t) + 4} text-anchor="end">
            {format(t)}
          </text>
        ),
      )}
    </g>
  );
}

export function Line({ points, x, y, class: cls = 'calc-chart-line' }: Axes & { points: readonly Point[]; class?: string }) {
  return <path class={cls} d={linePath(points, x, y)} />;
}

export function Area({ points, x, y, class: cls = 'calc-chart-area' }: Axes & { points: readonly Point[]; class?: string }) {
  return <path class={cls} d={areaPath(points, x, y)} />;
}

/** A straight line between two data points. */
export function Rule({ from, to, x, y, class: cls }: Axes & { from: Point; to: Point; class: string }) {
  return <line class={cls} x1={x(from[0])} y1={y(from[1])} x2={x(to[0])} y2={y(to[1])} />;
}

/** One dot per point; the `current` one larger. */
export function Dots({ points, x, y, current, r = 3, rCurrent = 5 }: Axes & { points: readonly Point[]; current?: number; r?: number; rCurrent?: number }) {
  return (
    <g>
      {points.map(([px, py], i) => (
        <circle
          key={i}
          class={i === current ? 'calc-chart-dot calc-chart-dot--current' : 'calc-chart-dot'}
          cx={x(px)}
          cy={y(py)}
          r={i === current ? rCurrent : r}
        />
      ))}
    </g>
  );
}
