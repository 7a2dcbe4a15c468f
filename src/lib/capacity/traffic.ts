/**
 * Request rate from daily users: requests a day ÷ 86,400 seconds is the average rate, and
 * a peak factor (busiest hour ÷ average) turns it into the rate to provision for.
 */
import { finiteResult, num, type Estimate } from './steps';
import { atLeast, count, nonNegative } from './validate';

export const SECONDS_PER_DAY = 86_400;

export const TRAFFIC_FIELDS = {
  dailyActiveUsers: 'Daily active users',
  actionsPerUserPerDay: 'Requests per user per day',
  peakFactor: 'Peak factor',
} as const;

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
  count(input.dailyActiveUsers, f.dailyActiveUsers);
  nonNegative(input.actionsPerUserPerDay, f.actionsPerUserPerDay);
  atLeast(input.peakFactor, 1, f.peakFactor, 'the peak rate cannot be below the average');

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
