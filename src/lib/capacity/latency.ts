/**
 * A latency budget split across the stages of a serving funnel: the stages' times are
 * added (a conservative sum: the p99 of a sum is usually below the sum of p99s) and
 * compared with the total budget. Stages can be given in milliseconds, or as shares of
 * the budget to turn a split into milliseconds.
 */
import { checkRange, InputError } from '../input';
import { positive } from '../validate';
import { finiteResult, num, type Estimate, type Step } from './steps';

export const LATENCY_FIELDS = {
  budgetMs: 'Latency budget',
  stages: 'Stages',
} as const;

/** How messages name stage i's time (0-based), e.g. stageField(2) → "Stage 3 time". */
export function stageField(index: number): string {
  return `Stage ${index + 1} time`;
}

/** The error field (stable key) of stage i's time, e.g. stageKey(2) → "stages.2.ms". */
export function stageKey(index: number): string {
  return `stages.${index}.ms`;
}

/** Sensible ranges: an hour for a request is a batch job, not a latency budget. */
export const LATENCY_RANGES = {
  budgetMs: { min: 0, max: 3_600_000, minExclusive: true, unit: 'ms' },
  stageMs: { min: 0, max: 3_600_000, unit: 'ms' },
} as const;

/** Most stages a budget is split into. */
export const MAX_STAGES = 30;

export interface LatencyStage {
  name: string;
  ms: number;
}

export interface LatencyInput {
  budgetMs: number;
  stages: readonly LatencyStage[];
}

export interface LatencyResult {
  budgetMs: number;
  stages: { name: string; ms: number; share: number }[];
  /** Sum of the stage times. */
  totalMs: number;
  /** Budget − sum: negative when over budget. */
  slackMs: number;
  fits: boolean;
}

const stageName = (name: string, i: number) => name.trim() || `Stage ${i + 1}`;

function checkStages(stages: readonly unknown[]): void {
  if (!Array.isArray(stages) || stages.length === 0) {
    throw new InputError('The stage list is empty: add at least one stage to split the budget across.', 'stages');
  }
  if (stages.length > MAX_STAGES) {
    throw new InputError(`There are ${stages.length} stages; a budget is split into at most ${MAX_STAGES}: merge the small ones.`, 'stages');
  }
}

export function latencyBudget(input: LatencyInput): Estimate<LatencyResult> {
  positive(input.budgetMs, 'budgetMs', LATENCY_FIELDS.budgetMs, 'a request needs some time');
  checkRange(input.budgetMs, LATENCY_RANGES.budgetMs, 'budgetMs', LATENCY_FIELDS.budgetMs);
  checkStages(input.stages);
  input.stages.forEach((s, i) => {
    const name = `${stageField(i)} (${stageName(s.name, i)})`;
    if (typeof s.ms !== 'number' || !Number.isFinite(s.ms) || s.ms < 0) {
      throw new InputError(`${name} must be a number of milliseconds, 0 or more (got ${String(s.ms)}).`, stageKey(i));
    }
    checkRange(s.ms, LATENCY_RANGES.stageMs, stageKey(i), name);
  });
  const totalMs = finiteResult(
    input.stages.reduce((sum, s) => sum + s.ms, 0),
    'The sum of the stage times',
  );
  const slackMs = input.budgetMs - totalMs;
  // Allow for float noise in sums of decimals (0.1 + 0.2 within a 0.3 ms budget).
  const fits = slackMs >= -1e-9 * Math.max(1, input.budgetMs);
  const stages = input.stages.map((s, i) => ({ name: stageName(s.name, i), ms: s.ms, share: s.ms / input.budgetMs }));
  const steps: Step[] = [
    {
      id: 'latency-sum',
      label: 'Sum of stages',
      expression: input.stages.map((s) => num(s.ms)).join(' + '),
      value: totalMs,
      unit: 'ms',
    },
    {
      id: 'latency-slack',
      label: fits ? 'Slack' : 'Over budget by',
      expression: fits ? `${num(input.budgetMs)} − ${num(totalMs)}` : `${num(totalMs)} − ${num(input.budgetMs)}`,
      value: Math.abs(slackMs),
      unit: 'ms',
    },
  ];
  return { value: { budgetMs: input.budgetMs, stages, totalMs, slackMs, fits }, steps };
}

export interface ShareStage {
  name: string;
  /** Share of the budget, in [0, 1]. */
  share: number;
}

/** Turns shares of a budget into milliseconds per stage; shares must add up to 1 or less. */
export function latencyFromShares(input: { budgetMs: number; stages: readonly ShareStage[] }): Estimate<LatencyResult> {
  positive(input.budgetMs, 'budgetMs', LATENCY_FIELDS.budgetMs, 'a request needs some time');
  checkStages(input.stages);
  input.stages.forEach((s, i) => {
    if (typeof s.share !== 'number' || !Number.isFinite(s.share) || s.share < 0 || s.share > 1) {
      throw new InputError(`${stageField(i)} (${stageName(s.name, i)}) must be a share between 0 and 1 (got ${String(s.share)}).`, stageKey(i));
    }
  });
  const sum = input.stages.reduce((acc, s) => acc + s.share, 0);
  if (sum > 1 + 1e-9) {
    throw new InputError(
      `The stage shares add up to ${num(sum)}, more than the whole budget: they must add up to 1 or less.`,
      'stages',
    );
  }
  const result = latencyBudget({
    budgetMs: input.budgetMs,
    stages: input.stages.map((s) => ({ name: s.name, ms: s.share * input.budgetMs })),
  });
  const perStage: Step[] = input.stages.map((s, i) => ({
    id: `latency-stage-${i + 1}`,
    label: stageName(s.name, i),
    expression: `${num(s.share)} × ${num(input.budgetMs)}`,
    value: s.share * input.budgetMs,
    unit: 'ms',
  }));
  return { value: result.value, steps: [...perStage, ...result.steps] };
}
