/**
 * Scales for the calculators' charts: data values → SVG coordinates and back (for picking
 * a point under the pointer), and the ticks an axis shows. DOM-free, so the same numbers
 * drive the server-rendered SVG and its hydrated copy.
 */

export interface Scale {
  (value: number): number;
  /** Coordinate → data value. */
  invert(coordinate: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
  /** Values worth a tick mark, in domain order. */
  ticks(): number[];
}

/** Evenly spaced ticks: `count` intervals between the domain ends (both ends included). */
function evenTicks(lo: number, hi: number, count: number): number[] {
  if (lo === hi) return [lo];
  return Array.from({ length: count + 1 }, (_, i) => lo + ((hi - lo) * i) / count);
}

/** A linear scale; a zero-width domain maps everything to the start of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number], tickCount = 2): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((v: number) => (span === 0 ? r0 : r0 + ((v - d0) / span) * (r1 - r0))) as Scale;
  scale.invert = (c: number) => (r1 === r0 ? d0 : d0 + ((c - r0) / (r1 - r0)) * span);
  scale.domain = domain;
  scale.range = range;
  scale.ticks = () => evenTicks(d0, d1, tickCount);
  return scale;
}

/**
 * A base-10 log scale over positive values. Its ticks are the powers of ten inside the
 * domain, or, when fewer than two fit, the 1–2–5 steps between them.
 */
export function logScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [l0, l1] = [Math.log10(domain[0]), Math.log10(domain[1])];
  const inner = linearScale([l0, l1], range);
  const scale = ((v: number) => inner(Math.log10(v))) as Scale;
  scale.invert = (c: number) => 10 ** inner.invert(c);
  scale.domain = domain;
  scale.range = range;
  scale.ticks = () => {
    const [lo, hi] = l0 <= l1 ? [l0, l1] : [l1, l0];
    const powers: number[] = [];
    for (let e = Math.ceil(lo); e <= Math.floor(hi); e++) powers.push(10 ** e);
    if (powers.length >= 2) return powers;
    const steps: number[] = [];
    for (let e = Math.floor(lo); e <= Math.ceil(hi); e++) {
      for (const m of [1, 2, 5]) {
        const t = m * 10 ** e;
        const lt = Math.log10(t);
        if (lt >= lo - 1e-12 && lt <= hi + 1e-12) steps.push(t);
      }
    }
    return steps;
  };
  return scale;
}

/**
 * [min, max] of the values (in log10 units when `log`); when they span less than
 * `minSpan`, each end moves out by `pad`, so a nearly flat series still gets a readable axis.
 */
export function extent(values: readonly number[], { log = false, minSpan = 0, pad = 0 } = {}): [number, number] {
  const xs = log ? values.map(Math.log10) : [...values];
  let lo = Math.min(...xs);
  let hi = Math.max(...xs);
  if (hi - lo < minSpan) [lo, hi] = [lo - pad, hi + pad];
  return log ? [10 ** lo, 10 ** hi] : [lo, hi];
}
