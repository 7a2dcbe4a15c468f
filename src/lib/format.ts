/**
 * How numbers read on screen, shared by the calculators and the text src/lib builds for
 * them (verdicts, chart descriptions). Never NaN or Infinity: a value that is not finite
 * shows as a dash.
 */

/** Up to `digits` decimals, grouped thousands; tiny non-zero values in scientific notation. */
export function fmt(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return '—';
  if (value !== 0 && Math.abs(value) < 10 ** -digits) return value.toExponential(2);
  return Number(value.toFixed(digits)).toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** A proportion as a percentage: 0.054 → "5.4%". */
export function pct(value: number, digits = 1): string {
  return `${fmt(value * 100, digits)}%`;
}

/** A whole number, grouped: 752702.4 → "752,702". */
export function int(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return Math.round(value).toLocaleString('en-US');
}

/** A signed number with a real minus sign: +0.4, −0.04; 0 has no sign. */
export function signed(value: number, digits: number): string {
  const text = fmt(Math.abs(value), digits);
  if (text === '0') return '0';
  return `${value < 0 ? '−' : '+'}${text}`;
}

/** 1,200 → "1.2k", 3,000,000 → "3M": short labels for chart axes. */
export function compact(n: number): string {
  if (n >= 1e9) return `${fmt(n / 1e9, 1)}B`;
  if (n >= 1e6) return `${fmt(n / 1e6, 1)}M`;
  if (n >= 1e3) return `${fmt(n / 1e3, 1)}k`;
  return fmt(n, 0);
}

/** A share as a percentage with a fixed number of decimals: 0.06 → "6.0%". */
export function fixedPct(share: number, digits = 1): string {
  if (!Number.isFinite(share)) return '—';
  return `${(share * 100).toFixed(digits)}%`;
}

/** A proportion as signed percentage points or percent, without the unit: 0.004 → "+0.4". */
export function signedPercent(share: number, digits: number): string {
  return signed(share * 100, digits);
}

/** A proportion in percent, without the unit: 0.05 → "5". */
export function percent(share: number, digits: number): string {
  return fmt(share * 100, digits);
}
