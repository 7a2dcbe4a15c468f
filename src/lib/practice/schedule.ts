/**
 * The session clock: the plan's phases as start and end offsets, and which phase a given
 * elapsed time falls in. Elapsed time always comes from timestamps (start, pauses), never
 * from counting timer ticks, so a reload or a sleeping laptop cannot make the clock drift.
 */
import type { Phase, PlanLength } from './steps';

export const MINUTE_MS = 60_000;

export interface ScheduledPhase {
  phase: Phase;
  index: number;
  startMs: number;
  endMs: number;
}

/** `phases` is passed in (usually PHASES) so a browser view can take it as data, not code. */
export function buildSchedule(length: PlanLength, phases: readonly Phase[]): ScheduledPhase[] {
  let start = 0;
  return phases.map((phase, index) => {
    const slot = { phase, index, startMs: start, endMs: start + phase.minutes[length] * MINUTE_MS };
    start = slot.endMs;
    return slot;
  });
}

export interface ClockPosition {
  /** Index of the current phase; the last phase once time is up. */
  index: number;
  elapsedMs: number;
  /** Time left in the current phase (0 once the session's time is up). */
  phaseRemainingMs: number;
  totalMs: number;
  /** True once the plan's whole length has elapsed. */
  overtime: boolean;
}

export function positionAt(schedule: readonly ScheduledPhase[], elapsedMs: number): ClockPosition {
  if (schedule.length === 0) throw new Error('A schedule needs at least one phase.');
  const totalMs = schedule.at(-1)!.endMs;
  const elapsed = Number.isFinite(elapsedMs) ? Math.max(0, elapsedMs) : 0;
  const found = schedule.findIndex((slot) => elapsed < slot.endMs);
  const index = found === -1 ? schedule.length - 1 : found;
  return {
    index,
    elapsedMs: elapsed,
    phaseRemainingMs: Math.max(0, schedule[index]!.endMs - elapsed),
    totalMs,
    overtime: elapsed >= totalMs,
  };
}

/** Elapsed session time from timestamps: paused time does not count. */
export function elapsedAt(
  clock: { startedAt: number; pausedAt: number | null; pausedMs: number },
  now: number,
): number {
  const end = clock.pausedAt ?? now;
  return Math.max(0, end - clock.startedAt - clock.pausedMs);
}

/** 125_000 → "2:05"; 3_725_000 → "1:02:05". Counts whole seconds, rounding up so 0:00 means done. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
