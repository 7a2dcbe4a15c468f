import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALCULATORS } from '../../calculators/registry';
import { PROMPTS } from './prompts';
import { STUDY_PLANS, taskId } from './study-plan';
import { MAX_PROGRESS_CHARS, readProgress } from './study-progress';

const slug = (heading: string) => heading.toLowerCase().replace(/[^a-z0-9 -]/g, '').trim().replace(/ +/g, '-');
function headings(page: string): string[] {
  const mdx = readFileSync(new URL(`../../content/docs/${page}.mdx`, import.meta.url), 'utf8');
  return [...mdx.matchAll(/^#{2,4} (.+)$/gm)].map((m) => slug(m[1]!));
}

const tasks = STUDY_PLANS.flatMap((plan) => plan.weeks.flatMap((week, w) => week.tasks.map((task) => ({ plan, w, task }))));

describe('study plans', () => {
  it('offers 2-, 4- and 8-week plans with that many weeks', () => {
    expect(STUDY_PLANS.map((p) => p.weeks.length)).toEqual([2, 4, 8]);
  });

  it('mixes chapters, case studies, calculators and practice in every plan', () => {
    for (const plan of STUDY_PLANS) {
      const kinds = new Set(plan.weeks.flatMap((w) => w.tasks.map((t) => t.kind)));
      expect([...kinds].sort(), plan.id).toEqual(['calculator', 'case-study', 'chapter', 'practice']);
    }
  });

  it('gives every task a distinct progress id', () => {
    const ids = tasks.map(({ plan, w, task }) => taskId(plan, w, task));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('links chapters to sections that exist', () => {
    for (const { task } of tasks.filter((t) => t.task.kind === 'chapter')) {
      const [, page, anchor] = /^\/([a-z-]+)\/#([a-z0-9-]+)$/.exec(task.href) ?? [];
      expect(page, task.href).toBeDefined();
      expect(headings(page!), task.href).toContain(anchor);
    }
  });

  it('links calculators, prompts and case studies that exist in the bank', () => {
    const caseStudies = new Set(PROMPTS.flatMap((p) => (p.caseStudy ? [p.caseStudy] : [])));
    for (const { task } of tasks) {
      if (task.kind === 'calculator') expect(Object.keys(CALCULATORS)).toContain(/#calc-(.+)-title$/.exec(task.href)?.[1]);
      if (task.kind === 'practice') expect(PROMPTS.map((p) => p.id)).toContain(/\?prompt=([a-z0-9-]+)#room$/.exec(task.href)?.[1]);
      if (task.kind === 'case-study') expect(caseStudies).toContain(/^\/case-studies\/([a-z0-9-]+)\/$/.exec(task.href)?.[1]);
    }
  });
});

describe('readProgress', () => {
  const known = new Set(['2-weeks/1/a', '2-weeks/1/b']);
  it('keeps known ticks and drops ids no plan has any more', () => {
    expect([...readProgress(JSON.stringify(['2-weeks/1/a', 'old/1/x']), known).ticked]).toEqual(['2-weeks/1/a']);
  });
  it('discards corrupt or oversized storage with a message', () => {
    expect(readProgress('{oops', known).problem).toMatch(/not valid JSON/);
    expect(readProgress('{"a":1}', known).problem).toMatch(/not a list/);
    expect(readProgress('[1,2]', known).problem).toMatch(/not a list/);
    expect(readProgress(`["${'x'.repeat(MAX_PROGRESS_CHARS)}"]`, known).problem).toMatch(/larger/);
  });
  it('treats nothing stored as nothing ticked', () => {
    expect(readProgress(null, known)).toEqual({ ticked: new Set() });
  });
});
