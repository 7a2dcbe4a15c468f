import { describe, expect, it } from 'vitest';
import { PHASES } from './steps';
import { MINUTE_MS, buildSchedule, elapsedAt, formatClock, positionAt } from './schedule';

describe('buildSchedule', () => {
  it('lays the 45-minute plan out as the framework table’s clock times', () => {
    const s = buildSchedule(45, PHASES);
    // Clarify runs 0:02–0:07, data 0:10–0:17, monitoring 0:36–0:39 in the chapter's table.
    expect([s[1]!.startMs, s[1]!.endMs].map((ms) => ms / MINUTE_MS)).toEqual([2, 7]);
    expect([s[3]!.startMs, s[3]!.endMs].map((ms) => ms / MINUTE_MS)).toEqual([10, 17]);
    expect([s[7]!.startMs, s[7]!.endMs].map((ms) => ms / MINUTE_MS)).toEqual([36, 39]);
    expect(s.at(-1)!.endMs).toBe(45 * MINUTE_MS);
  });

  it('lays the 60-minute plan out with serving at 0:40–0:49', () => {
    const s = buildSchedule(60, PHASES);
    expect([s[6]!.startMs, s[6]!.endMs].map((ms) => ms / MINUTE_MS)).toEqual([40, 49]);
    expect(s.at(-1)!.endMs).toBe(60 * MINUTE_MS);
  });
});

describe('positionAt', () => {
  const s = buildSchedule(45, PHASES);
  it('starts in the opening phase and moves on exactly at each boundary', () => {
    expect(positionAt(s, 0).index).toBe(0);
    expect(positionAt(s, 2 * MINUTE_MS - 1).index).toBe(0);
    expect(positionAt(s, 2 * MINUTE_MS).index).toBe(1);
    expect(positionAt(s, 17 * MINUTE_MS).index).toBe(4); // model starts at 0:17
  });

  it('reports time left in the phase', () => {
    expect(positionAt(s, 3 * MINUTE_MS).phaseRemainingMs).toBe(4 * MINUTE_MS);
  });

  it('stays on the last phase with no time left once the plan is over', () => {
    const p = positionAt(s, 50 * MINUTE_MS);
    expect(p.index).toBe(s.length - 1);
    expect(p.phaseRemainingMs).toBe(0);
    expect(p.overtime).toBe(true);
  });

  it('treats negative or non-finite elapsed time as the start', () => {
    expect(positionAt(s, -5000).index).toBe(0);
    expect(positionAt(s, Number.NaN).elapsedMs).toBe(0);
  });
});

describe('elapsedAt', () => {
  it('subtracts paused time and freezes while paused', () => {
    const clock = { startedAt: 1_000_000, pausedAt: null, pausedMs: 30_000 };
    expect(elapsedAt(clock, 1_100_000)).toBe(70_000);
    const paused = { ...clock, pausedAt: 1_050_000 };
    expect(elapsedAt(paused, 9_999_999)).toBe(20_000);
  });

  it('never goes negative when the clock moved backwards', () => {
    expect(elapsedAt({ startedAt: 2_000, pausedAt: null, pausedMs: 0 }, 1_000)).toBe(0);
  });
});

describe('formatClock', () => {
  it('formats minutes and seconds, with hours past the hour', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(125_000)).toBe('2:05');
    expect(formatClock(124_001)).toBe('2:05');
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(formatClock(-10)).toBe('0:00');
  });
});
