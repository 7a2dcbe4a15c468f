import { describe, expect, it } from 'vitest';
import { LEVELS, RUBRIC } from './rubric';
import { STEP_IDS } from './steps';

describe('rubric', () => {
  it('covers exactly the seven framework steps', () => {
    expect(Object.keys(RUBRIC)).toEqual([...STEP_IDS]);
  });

  it('gives four to six observable items per level per step', () => {
    for (const step of STEP_IDS) {
      for (const level of LEVELS) {
        const items = RUBRIC[step][level];
        expect(items.length, `${step}/${level}`).toBeGreaterThanOrEqual(4);
        expect(items.length, `${step}/${level}`).toBeLessThanOrEqual(6);
        for (const item of items) expect(item, `${step}/${level}`).toMatch(/^[A-Z].{20,}[.)]$/);
      }
    }
  });

  it('never repeats an item, so a tick in the self-assessment means one thing', () => {
    const all = STEP_IDS.flatMap((s) => LEVELS.flatMap((l) => RUBRIC[s][l]));
    expect(new Set(all).size).toBe(all.length);
  });
});
