import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PHASES, STEPS, STEP_IDS } from './steps';

/** The framework chapter's time-plan table: the authority for the minutes. */
function frameworkTimePlan() {
  const mdx = readFileSync(new URL('../../content/docs/framework.mdx', import.meta.url), 'utf8');
  const section = mdx.split('## Time plan for 45 and 60 minutes')[1]?.split('\n## ')[0] ?? '';
  const rows = section
    .split('\n')
    .filter((line) => /^\|/.test(line) && /min\)/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  const parse = (cell: string) => {
    const m = /^(\d):(\d\d)–(\d):(\d\d) \((\d+) min\)$/.exec(cell);
    if (!m) throw new Error(`unexpected time cell: ${cell}`);
    const [, h1, m1, h2, m2, minutes] = m.map(Number) as [number, number, number, number, number, number];
    return { start: h1 * 60 + m1, end: h2 * 60 + m2, minutes };
  };
  return rows.map((cells) => ({ label: cells[1] ?? '', p45: parse(cells[2] ?? ''), p60: parse(cells[3] ?? ''), ifBehind: cells[4] ?? '' }));
}

describe('phases', () => {
  const table = frameworkTimePlan();

  it('has one phase per row of the framework time plan, in order', () => {
    expect(table).toHaveLength(PHASES.length);
    table.slice(1, -1).forEach((row, i) => expect(row.label.startsWith(`${i + 1}.`)).toBe(true));
  });

  it('uses the framework table’s minutes and “if behind” advice for both plans', () => {
    PHASES.forEach((phase, i) => {
      const row = table[i]!;
      expect(phase.minutes[45], phase.id).toBe(row.p45.minutes);
      expect(phase.minutes[60], phase.id).toBe(row.p60.minutes);
      expect(phase.ifBehind.replace(/\.$/, ''), phase.id).toBe(row.ifBehind);
    });
  });

  it('adds up to the length of each plan, as the table’s clock times do', () => {
    for (const length of [45, 60] as const) {
      expect(PHASES.reduce((sum, p) => sum + p.minutes[length], 0)).toBe(length);
    }
    expect(table.at(-1)!.p45.end).toBe(45);
    expect(table.at(-1)!.p60.end).toBe(60);
  });

  it('lists the seven steps in order with questions and a checklist each', () => {
    expect(STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
    STEPS.forEach((s, i) => {
      expect(s.step).toBe(i + 1);
      expect(s.questions.length).toBeGreaterThanOrEqual(4);
      expect(s.checklist.length).toBeGreaterThanOrEqual(4);
    });
  });

  it('points every phase at a framework section that exists', () => {
    const mdx = readFileSync(new URL('../../content/docs/framework.mdx', import.meta.url), 'utf8');
    const slugs = [...mdx.matchAll(/^#{2,3} (.+)$/gm)].map((m) =>
      m[1]!.toLowerCase().replace(/[^a-z0-9 -]/g, '').trim().replace(/ /g, '-'),
    );
    for (const phase of PHASES) expect(slugs, phase.id).toContain(phase.frameworkAnchor);
  });
});
