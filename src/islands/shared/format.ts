/** Number formatting shared by the calculators. */
export function fmt(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return '—';
  if (value !== 0 && Math.abs(value) < 10 ** -digits) return value.toExponential(2);
  return Number(value.toFixed(digits)).toLocaleString('en-US', { maximumFractionDigits: digits });
}

export function pct(value: number, digits = 1): string {
  return `${fmt(value * 100, digits)}%`;
}

export function int(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
