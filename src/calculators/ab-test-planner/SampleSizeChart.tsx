/**
 * Users per variant against the minimum detectable effect, on a log scale: halving the effect
 * roughly quadruples the sample. With CUPED a dashed line below it: the same curve times 1 − ρ².
 */
import { compact, int } from '../../lib/format';
import { extent, linearScale, logScale } from '../../lib/chart/scale';
import type { CurvePoint } from '../../lib/stats/plan';
import { Chart, Dots, Grid, Line, TickLabels } from '../kit/chart';

const W = 340;
const H = 190;
const PAD = { left: 46, right: 14, top: 14, bottom: 34 };

export function SampleSizeChart({ curve, label, kind }: { curve: readonly CurvePoint[]; label: (mde: number) => string; kind: string }) {
  if (curve.length < 2) return null;
  const first = curve[0]!;
  const last = curve[curve.length - 1]!;
  const chosen = curve.findIndex((p) => p.chosen);
  const current = curve[chosen];
  const x = linearScale([first.mde, last.mde], [PAD.left, W - PAD.right]);
  const cuped = curve.every((p) => p.nCuped !== undefined);
  const y = logScale(
    extent(
      curve.flatMap((p) => (cuped ? [p.n, p.nCuped!] : [p.n])),
      { log: true, minSpan: 0.5, pad: 0.25 },
    ),
    [H - PAD.bottom, PAD.top],
  );
  const ticks = y.ticks();
  const points = curve.map((p) => [p.mde, p.n] as const);
  const cupedPoints = cuped ? curve.map((p) => [p.mde, p.nCuped!] as const) : [];
  const description =
    `Users per variant needed against the minimum detectable effect (${kind}), log scale: ` +
    `${int(first.n)} at ${label(first.mde)}, ${int(last.n)} at ${label(last.mde)}` +
    (current ? `; the chosen ${label(current.mde)} needs ${int(current.n)}.` : '.') +
    (cuped && current ? ` With CUPED (dashed line) it needs ${int(current.nCuped!)}.` : '') +
    ' Halving the effect roughly quadruples the sample.';
  const axisY = H - PAD.bottom;
  return (
    <figure class="calc-figure">
      <Chart width={W} height={H} title="Required users per variant against the minimum detectable effect" description={description}>
        <Grid x={x} y={y} yTicks={ticks} />
        <TickLabels scale={y} ticks={ticks} axis="y" at={PAD.left - 6} format={compact} />
        <line class="calc-chart-axis" x1={PAD.left} x2={W - PAD.right} y1={axisY} y2={axisY} />
        <line class="calc-chart-axis" x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={axisY} />
        <Line points={points} x={x} y={y} />
        <Dots points={points} x={x} y={y} current={chosen} />
        {cuped && <Line points={cupedPoints} x={x} y={y} class="calc-chart-line calc-chart-line--alt" />}
        {cuped && <Dots points={cupedPoints} x={x} y={y} current={chosen} />}
        {current && (
          <text class="calc-chart-label calc-chart-label--current" x={x(current.mde) + 8} y={y(current.n) - 8}>
            {compact(current.n)}
          </text>
        )}
        {[first, current, last].map(
          (p, i) =>
            p && (
              <text key={i} class="calc-chart-label" x={x(p.mde)} y={axisY + 15} text-anchor={p === first ? 'start' : p === last ? 'end' : 'middle'}>
                {label(p.mde)}
              </text>
            ),
        )}
        <text class="calc-chart-label" x={(PAD.left + W - PAD.right) / 2} y={H - 4} text-anchor="middle">
          Minimum detectable effect
        </text>
      </Chart>
      <figcaption class="calc-hint">
        Users per variant (log scale) for effects from half to 2.5 times the one chosen; the large dot is yours{cuped ? ', and the dashed line is with CUPED' : ''}.
      </figcaption>
    </figure>
  );
}
