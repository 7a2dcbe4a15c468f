import { describe, expect, it } from 'vitest';
import { MAX_NOTE_CHARS, MAX_STORED_CHARS, clipNote, isRubricKey, newSession, readSession, writeSession } from './session';
import { RUBRIC } from './rubric';
import { PHASES } from './steps';

const known = { promptIds: new Set(['news-feed', 'delivery-eta']), phaseIds: PHASES.map((p) => p.id), rubric: RUBRIC };
const now = Date.UTC(2026, 11, 1, 12);

describe('session storage', () => {
  it('round-trips a session with notes and ticks', () => {
    const s = { ...newSession('news-feed', 60, now - 600_000), notes: { clarify: '400M DAU' }, ticked: ['clarify:good:0'] };
    const back = readSession(writeSession(s), known, now);
    expect(back.problem).toBeUndefined();
    expect(back.session).toEqual(s);
  });

  it('reads nothing stored as no session, without a message', () => {
    expect(readSession(null, known, now)).toEqual({ session: null });
  });

  const bad: [string, string, RegExp][] = [
    ['not JSON', '{"version":1,', /not valid JSON/],
    ['an array', '[1,2]', /not an object/],
    ['another version', JSON.stringify({ ...newSession('news-feed', 45, now), version: 2 }), /different version/],
    ['an unknown prompt', JSON.stringify(newSession('gone', 45, now)), /prompt is not in the prompt bank/],
    ['a 50-minute plan', JSON.stringify({ ...newSession('news-feed', 45, now), length: 50 }), /neither 45 nor 60/],
    ['a start in the future', JSON.stringify(newSession('news-feed', 45, now + 86_400_000)), /start time/],
    ['a NaN pause', JSON.stringify({ ...newSession('news-feed', 45, now), pausedMs: 'x' }), /paused duration/],
    ['notes for an unknown step', JSON.stringify({ ...newSession('news-feed', 45, now), notes: { lunch: 'x' } }), /unknown step/],
    ['a note that is a number', JSON.stringify({ ...newSession('news-feed', 45, now), notes: { model: 5 } }), /not text/],
    ['a tick for no rubric item', JSON.stringify({ ...newSession('news-feed', 45, now), ticked: ['model:good:99'] }), /rubric items/],
  ];
  for (const [what, raw, message] of bad) {
    it(`discards ${what} with a message`, () => {
      const r = readSession(raw, known, now);
      expect(r.session).toBeNull();
      expect(r.problem).toMatch(message);
    });
  }

  it('discards oversized storage before parsing it', () => {
    const r = readSession('x'.repeat(MAX_STORED_CHARS + 1), known, now);
    expect(r.problem).toMatch(/more than a session can hold/);
  });

  it('keeps a session whose every note is at the limit under the storage limit', () => {
    const s = newSession('news-feed', 45, now);
    for (const { id } of PHASES) {
      s.notes[id] = clipNote('é'.repeat(MAX_NOTE_CHARS + 50));
    }
    expect(readSession(writeSession(s), known, now).session).not.toBeNull();
  });
});

describe('rubric keys', () => {
  it('accepts real items and rejects others', () => {
    expect(isRubricKey('clarify:weak:0', RUBRIC)).toBe(true);
    expect(isRubricKey('clarify:weak:-1', RUBRIC)).toBe(false);
    expect(isRubricKey('lunch:weak:0', RUBRIC)).toBe(false);
    expect(isRubricKey('clarify:ok:0', RUBRIC)).toBe(false);
    expect(isRubricKey('clarify:weak:0:1', RUBRIC)).toBe(false);
    expect(isRubricKey('toString:weak:0', RUBRIC)).toBe(false);
    expect(isRubricKey('clarify:weak:4', RUBRIC)).toBe(true);
    expect(isRubricKey('clarify:weak:5', RUBRIC)).toBe(false);
  });
});
