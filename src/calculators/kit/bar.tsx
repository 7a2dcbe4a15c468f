/** A stacked bar (the latency budget's stages against the budget), as server-rendered SVG. */
import { stackedBar } from '../../lib/chart/path';
import './chart.css';

/**
 * One horizontal bar of values laid end to end, as long as the larger of their sum and the
 * limit, with the limit marked; segments past it are flagged. Fills the SVG's width.
 */
export function StackedBar({ values, limit, description }: { values: readonly number[]; limit: number; description: string }) {
  const { segments, limitAt } = stackedBar(values, limit);
  const end = segments.length ? segments[segments.length - 1]!.start + segments[segments.length - 1]!.width : 0;
  return (
    <svg class="calc-bar" viewBox="-1 0 102 8" preserveAspectRatio="none" role="img" aria-label={description}>
      <title>{description}</title>
      {segments.map((s, i) => (
        <rect key={i} x={s.start * 100} y={1} width={s.width * 100} height={6} class={`calc-bar-${i % 2 ? 'b' : 'a'}${s.over ? ' calc-bar-over' : ''}`} />
      ))}
      {end < limitAt && <rect x={end * 100} y={1} width={(limitAt - end) * 100} height={6} class="calc-bar-slack" vector-effect="non-scaling-stroke" />}
      <line x1={limitAt * 100} x2={limitAt * 100} y1={0} y2={8} class="calc-bar-limit" vector-effect="non-scaling-stroke" />
    </svg>
  );
}
