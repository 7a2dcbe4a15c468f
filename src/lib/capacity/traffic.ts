/**
 * Request rate from daily users: requests a day ÷ 86,400 seconds is the average rate, and
 * a peak factor (busiest hour ÷ average) turns it into the rate to provision for.
 */
import { checkRange, type Range } from '../input';
import { atLeast, count, nonNegative } from '../validate';
import { finiteResult, num, type Estimate } from './steps';

export const SECONDS_PER_DAY = 86_400;

/** How messages name each input, by its stable key (the key is the error's `field`). */
export const TRAFFIC_FIELDS = {
  dailyActiveUsers: 'Daily active users',
  actionsPerUserPerDay: 'Requests per user per day',
  peakFactor: 'Peak factor',
} as const;

/** Sensible ranges: beyond them a value is a typo or a unit mistake, not a system to size. */
export const TRAFFIC_RANGES = {
  // More than everyone on Earth.
  dailyActiveUsers: { min: 0, max: 10_000_000_000, integer: true },
  // More than one request a second, around the clock, from every user.
  actionsPerUserPerDay: { min: 0, max: 100_000 },
  // Consumer traffic peaks at 2–4× its average; 100× is a flash crowd, not a daily peak.
  peakFactor: { min: 1, max: 100 },
} as const satisfies Record<keyof typeof TRAFFIC_FIELDS, Range>;

export interface TrafficInput {
  /** Whole number of users active on a day. */
  dailyActiveUsers: number;
  /** Requests (page loads, queries, auctions) each of them causes a day; may be fractional. */
  actionsPerUserPerDay: number;
  /** Peak-hour rate ÷ average rate, 1 or more (2–4 is common for consumer traffic). */
  peakFactor: number;
}

export interface TrafficResult {
  perDay: number;
  /** Requests per second, averaged over the day. */
  average: number;
  /** Requests per second at peak. */
  peak: number;
}

export function requestRate(input: TrafficInput): Estimate<TrafficResult> {
  const f = TRAFFIC_FIELDS;
  const r = TRAFFIC_RANGES;
  count(input.dailyActiveUsers, 'dailyActiveUsers', f.dailyActiveUsers);
  checkRange(input.dailyActiveUsers, r.dailyActiveUsers, 'dailyActiveUsers', f.dailyActiveUsers);
  nonNegative(input.actionsPerUserPerDay, 'actionsPerUserPerDay', f.actionsPerUserPerDay);
  checkRange(input.actionsPerUserPerDay, r.actionsPerUserPerDay, 'actionsPerUserPerDay', f.actionsPerUserPerDay);
  atLeast(input.peakFactor, 1, 'peakFactor', f.peakFactor, 'the peak rate cannot be below the average');
  checkRange(input.peakFactor, r.peakFactor, 'peakFactor', f.peakFactor);

  const perDay = finiteResult(input.dailyActiveUsers * input.actionsPerUserPerDay, 'Requests per day');
  const average = perDay / SECONDS_PER_DAY;
  const peak = finiteResult(average * input.peakFactor, 'The peak rate');
  return {
    value: { perDay, average, peak },
    steps: [
      {
        id: 'traffic-day',
        label: 'Requests per day',
        expression: `${num(input.dailyActiveUsers)} users × ${num(input.actionsPerUserPerDay)} requests`,
        value: perDay,
        unit: 'requests/day',
      },
      {
        id: 'traffic-average',
        label: 'Average rate',
        expression: `${num(perDay)} ÷ ${num(SECONDS_PER_DAY)} s`,
        value: average,
        unit: 'per second',
      },
      {
        id: 'traffic-peak',
        label: 'Peak rate',
        expression: `${num(average)} /s × ${num(input.peakFactor)} (peak factor)`,
        value: peak,
        unit: 'per second',
      },
    ],
  };
}
