/**
 * Human-readable quantities. Sizes default to decimal (SI) units, 1 GB = 10⁹ bytes, the
 * convention of disk and cloud-storage pricing and of most back-of-envelope arithmetic;
 * binary units (1 GiB = 2³⁰ bytes, what `free` and many memory tools report) are
 * available and always carry the "i" so the two are never confused.
 */
import type { Unit } from './steps';

export type ByteSystem = 'decimal' | 'binary';

export interface HumanBytes {
  value: number;
  unit: string;
  /** e.g. "102.4 GB" */
  text: string;
  system: ByteSystem;
}

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

/** One sentence saying which units `humanBytes` used, for display next to results. */
export const BYTE_SYSTEM_NOTE: Record<ByteSystem, string> = {
  decimal: 'Sizes are in decimal units: 1 kB = 1,000 bytes, 1 GB = 10⁹ bytes, 1 TB = 10¹² bytes.',
  binary: 'Sizes are in binary units: 1 KiB = 1,024 bytes, 1 GiB = 2³⁰ bytes, 1 TiB = 2⁴⁰ bytes.',
};

const fmt3 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/**
 * Bytes in the largest unit that keeps the number at 1 or more, to at most 3 decimals.
 * humanBytes(102_400_000_000) → "102.4 GB"; humanBytes(2 ** 30, 'binary') → "1 GiB".
 */
export function humanBytes(bytes: number, system: ByteSystem = 'decimal'): HumanBytes {
  const base = system === 'decimal' ? 1000 : 1024;
  const units = system === 'decimal' ? DECIMAL_UNITS : BINARY_UNITS;
  if (!Number.isFinite(bytes)) return { value: bytes, unit: 'B', text: '—', system };
  let i = 0;
  while (i < units.length - 1 && Math.abs(bytes) >= base ** (i + 1)) i += 1;
  let value = Number((bytes / base ** i).toFixed(3));
  // 999.9996 GB rounds to 1,000 GB: say 1 TB instead.
  if (Math.abs(value) >= base && i < units.length - 1) {
    i += 1;
    value = Number((bytes / base ** i).toFixed(3));
  }
  const unit = units[i]!;
  return { value, unit, text: `${fmt3.format(value)} ${unit}`, system };
}

const rate = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const ms = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A step value with its unit, as the calculators show it. */
export function formatQuantity(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'bytes':
      return humanBytes(value).text;
    case 'requests/day':
      return `${whole.format(value)} a day`;
    case 'per second':
      return `${rate.format(value)} /s`;
    case 'replicas':
      return whole.format(value);
    case 'ms':
      return `${ms.format(value)} ms`;
  }
}
