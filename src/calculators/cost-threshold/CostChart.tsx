/** Total cost against the share of cases flagged, with the cheapest point marked. */
import { linearScale } from '../../lib/chart/scale';
import { fmt, pct } from '../../lib/format';
import type { CostReport } from '../../lib/metrics/cost-view';
import { Chart, Dots, Grid, Line, TickLabels } from '../kit/chart';

const X0 = 52;
const Y0 = 10;
const W = 300;
const H = 150;
const x = linearScale([0, 1], [X0, X0 + W]);
const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1];

export function CostChart({ id, report }: { id: string; report: CostReport }) {
  const top = Math.max(...report.points.map((p) => p.cost), 1e-12);
  const y = linearScale([0, top], [Y0 + H, Y0], 4);
  const line = report.points.map((p) => [p.share, p.cost] as [number, number]);
  const best = line[report.best.index]!;
  return (
    <figure class="calc-figure">
      <Chart
        width={X0 + W + 10}
        height={Y0 + H + 36}
        title="Total cost against the share flagged"
        description={`Total cost against the share of cases flagged: ${fmt(report.flagNothing, 6)} when nothing is flagged, ${fmt(report.flagAll, 6)} when everything is, lowest (${fmt(report.best.cost, 6)}) when ${pct(report.best.share, 2)} are flagged.`}
        aria-describedby={`${id}-caption`}
      >
        <Grid x={x} y={y} xTicks={SHARE_TICKS} yTicks={y.ticks()} class="calc-chart-grid--solid" />
        <TickLabels scale={x} ticks={SHARE_TICKS} axis="x" at={Y0 + H + 13} format={(t) => pct(t, 0)} class="calc-chart-tick" />
        <TickLabels scale={y} ticks={y.ticks()} axis="y" at={X0 - 5} format={(t) => fmt(t, 3)} class="calc-chart-tick" />
        <text class="calc-chart-title" x={X0 + W / 2} y={Y0 + H + 30} text-anchor="middle">
          Share of cases flagged
        </text>
        <Line points={line} x={x} y={y} />
        <Dots points={[best]} x={x} y={y} current={0} />
      </Chart>
      <figcaption id={`${id}-caption`}>Total cost (vertical) as the threshold falls and more cases are flagged; the dot is the cheapest threshold.</figcaption>
    </figure>
  );
}
