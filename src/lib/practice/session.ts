/**
 * A practice session as kept in the browser's localStorage, and the checks applied to
 * whatever is read back. Storage is outside our control (another tab, an old version, a
 * full disk, a curious reader with devtools), so a stored value that is not valid JSON,
 * has the wrong shape, or is larger than a session can be is discarded with a message
 * rather than trusted.
 */
import type { Level, StepRubric } from './rubric';
import type { PhaseId, PlanLength, StepId } from './steps';

/**
 * What a stored session is checked against. Passed in rather than imported, so the browser
 * view receives the prompt bank and rubric as data instead of shipping them as code.
 */
export interface SessionRules {
  promptIds: ReadonlySet<string>;
  phaseIds: readonly PhaseId[];
  rubric: Readonly<Record<StepId, StepRubric>>;
}

export const SESSION_STORAGE_KEY = 'msdh.practice.session.v1';
export const SESSION_VERSION = 1;
/** Longest note kept per phase: about 20 pages of text, far more than 45 minutes of typing. */
export const MAX_NOTE_CHARS = 20_000;
/** Largest stored session accepted: nine phases' notes at their limit, plus room for the rest. */
export const MAX_STORED_CHARS = MAX_NOTE_CHARS * 9 + 10_000;

export interface Session {
  version: typeof SESSION_VERSION;
  promptId: string;
  length: PlanLength;
  /** Epoch milliseconds when the clock started. */
  startedAt: number;
  /** Epoch milliseconds when the clock was paused; null while it runs. */
  pausedAt: number | null;
  /** Total paused time before the current pause. */
  pausedMs: number;
  /** Epoch milliseconds when the candidate ended the session; null while it runs. */
  finishedAt: number | null;
  notes: Partial<Record<PhaseId, string>>;
  /** Ticked rubric items, as rubricKey(step, level, index). */
  ticked: string[];
}

export function newSession(promptId: string, length: PlanLength, now: number): Session {
  return { version: SESSION_VERSION, promptId, length, startedAt: now, pausedAt: null, pausedMs: 0, finishedAt: null, notes: {}, ticked: [] };
}

export function rubricKey(step: StepId, level: Level, index: number): string {
  return `${step}:${level}:${index}`;
}

/** Whether a key names a real rubric item. */
export function isRubricKey(key: string, rubric: SessionRules['rubric']): boolean {
  const [step, level, index, ...rest] = key.split(':');
  if (rest.length > 0 || step === undefined || level === undefined || index === undefined) return false;
  if (!Object.hasOwn(rubric, step)) return false;
  const levels = rubric[step as StepId];
  if (!Object.hasOwn(levels, level) || !/^\d+$/.test(index)) return false;
  return Number(index) < levels[level as Level].length;
}

const isPlanLength = (v: unknown): v is PlanLength => v === 45 || v === 60;

export type ReadResult =
  | { session: Session | null; problem?: undefined }
  | { session: null; problem: string };

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const DISCARDED = 'A saved practice session could not be restored and was discarded';

/**
 * Reads a stored session back. `raw` is what localStorage returned (null when nothing is
 * stored); `rules` name the prompts, phases and rubric this build knows; `now` bounds timestamps.
 */
export function readSession(raw: string | null, rules: SessionRules, now: number): ReadResult {
  if (raw === null || raw === '') return { session: null };
  if (raw.length > MAX_STORED_CHARS) {
    return { session: null, problem: `${DISCARDED}: it was ${raw.length.toLocaleString('en-US')} characters, more than a session can hold.` };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { session: null, problem: `${DISCARDED}: it was not valid JSON.` };
  }
  const fail = (why: string): ReadResult => ({ session: null, problem: `${DISCARDED}: ${why}.` });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('it was not an object');
  const d = data as Record<string, unknown>;
  if (d['version'] !== SESSION_VERSION) return fail('it came from a different version of this page');
  const promptId = d['promptId'];
  if (typeof promptId !== 'string' || !rules.promptIds.has(promptId)) return fail('its prompt is not in the prompt bank');
  const length = d['length'];
  if (!isPlanLength(length)) return fail('its length was neither 45 nor 60 minutes');
  const { startedAt, pausedAt, pausedMs, finishedAt } = d;
  // A minute of slack for clocks that moved backwards slightly between tabs.
  const future = now + 60_000;
  if (!isTime(startedAt) || startedAt > future) return fail('its start time was not a valid past time');
  if (pausedAt !== null && (!isTime(pausedAt) || pausedAt < startedAt || pausedAt > future)) return fail('its pause time was invalid');
  if (!isTime(pausedMs)) return fail('its paused duration was invalid');
  if (finishedAt !== null && (!isTime(finishedAt) || finishedAt < startedAt || finishedAt > future)) return fail('its end time was invalid');
  const notesIn = d['notes'];
  if (typeof notesIn !== 'object' || notesIn === null || Array.isArray(notesIn)) return fail('its notes were not a list by step');
  const notes: Partial<Record<PhaseId, string>> = {};
  for (const [phase, text] of Object.entries(notesIn)) {
    if (!(rules.phaseIds as readonly string[]).includes(phase)) return fail(`it had notes for an unknown step (“${phase.slice(0, 40)}”)`);
    if (typeof text !== 'string') return fail('a note was not text');
    if (text.length > MAX_NOTE_CHARS) return fail('a note was longer than a note can be');
    notes[phase as PhaseId] = text;
  }
  const tickedIn = d['ticked'];
  if (!Array.isArray(tickedIn) || !tickedIn.every((k): k is string => typeof k === 'string' && isRubricKey(k, rules.rubric))) {
    return fail('its self-assessment named rubric items that do not exist');
  }
  return {
    session: {
      version: SESSION_VERSION,
      promptId,
      length,
      startedAt,
      pausedAt: pausedAt as number | null,
      pausedMs,
      finishedAt: finishedAt as number | null,
      notes,
      ticked: [...new Set(tickedIn)],
    },
  };
}

export function writeSession(session: Session): string {
  return JSON.stringify(session);
}

/** Clips a note to the stored limit, so typing can never produce a session that fails to load. */
export function clipNote(text: string): string {
  return text.length > MAX_NOTE_CHARS ? text.slice(0, MAX_NOTE_CHARS) : text;
}
