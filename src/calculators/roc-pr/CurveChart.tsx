/**
 * One of the two curve charts: the curve over its area, a dashed reference line, and the
 * chosen threshold's point with guides to the axes. Dragging along it picks the nearest
 * threshold.
 */
import { linearScale } from '../../lib/chart/scale';
import type { Point } from '../../lib/chart/path';
import { nearestPointIndex } from '../../lib/metrics/threshold';
import { Area, Chart, Grid, Line, Rule, TickLabels } from '../kit/chart';

// A square plot with room for axis labels, in SVG user units.
const X0 = 42;
const Y0 = 10;
const SIZE = 180;
const x = linearScale([0, 1], [X0, X0 + SIZE]);
const y = linearScale([0, 1], [Y0 + SIZE, Y0]);
const TICKS = [0, 0.5, 1];

export interface CurveChartProps {
  id: string;
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  line: readonly Point[];
  /** Reference line (the diagonal or the prevalence baseline), labelled at `at`, turned by `angle` degrees. */
  reference: { from: Point; to: Point; label: string; at: Point; angle: number };
  /** One point per threshold, index-aligned with the slider. */
  candidates: readonly Point[];
  selected: number;
  onPick: (index: number) => void;
}

export function CurveChart({ id, title, description, xLabel, yLabel, line, reference, candidates, selected, onPick }: CurveChartProps) {
  const [mx, my] = candidates[selected]!;
  const pick = (e: PointerEvent) => {
    const svg = e.currentTarget as SVGSVGElement;
    const matrix = svg.getScreenCTM();
    if (!matrix) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix.inverse());
    onPick(nearestPointIndex(candidates, x.invert(p.x), y.invert(p.y)));
  };
  return (
    <figure class="roc-chart">
      <Chart
        width={230}
        height={232}
        title={title}
        description={description}
        aria-describedby={`${id}-caption`}
        onPointerDown={(e) => {
          (e.currentTarget as SVGSVGElement).setPointerCapture(e.pointerId);
          pick(e);
        }}
        onPointerMove={(e) => {
          if ((e.currentTarget as SVGSVGElement).hasPointerCapture(e.pointerId)) pick(e);
        }}
      >
        <rect class="calc-chart-frame" x={X0} y={Y0} width={SIZE} height={SIZE} />
        <Grid x={x} y={y} xTicks={TICKS} yTicks={TICKS} class="calc-chart-grid--solid" />
        <TickLabels scale={x} ticks={TICKS} axis="x" at={Y0 + SIZE + 13} class="calc-chart-tick" />
        <TickLabels scale={y} ticks={TICKS} axis="y" at={X0 - 5} class="calc-chart-tick" />
        <text class="calc-chart-title" x={X0 + SIZE / 2} y={Y0 + SIZE + 30} text-anchor="middle">
          {xLabel}
        </text>
        <text class="calc-chart-title" transform={`translate(12 ${Y0 + SIZE / 2}) rotate(-90)`} text-anchor="middle">
          {yLabel}
        </text>
        <Area points={line} x={x} y={y} />
        <Rule from={reference.from} to={reference.to} x={x} y={y} class="calc-chart-reference" />
        <text class="calc-chart-tick" transform={`translate(${x(reference.at[0])} ${y(reference.at[1])}) rotate(${reference.angle})`} text-anchor="middle">
          {reference.label}
        </text>
        <Line points={line} x={x} y={y} />
        <Rule from={[mx, my]} to={[mx, 0]} x={x} y={y} class="calc-chart-guide" />
        <Rule from={[0, my]} to={[mx, my]} x={x} y={y} class="calc-chart-guide" />
        <circle class="calc-chart-marker" cx={x(mx)} cy={y(my)} r={5} />
      </Chart>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
    </figure>
  );
}
