import { describe, expect, it } from 'vitest';
import { DOMAINS, ML_TASKS, PAGE_KINDS, pageMetadataSchema, type CaseStudyMetadata } from '../content/page-metadata';
import { DOMAIN_LABELS, KIND_LABELS, searchFilterAttributes, TASK_LABELS } from './filters';

const caseStudy: CaseStudyMetadata = {
  domain: 'social',
  mlTasks: ['link-prediction', 'ranking'],
  techniques: ['a', 'b'],
  offlineMetrics: ['recall@k'],
  onlineMetrics: ['accepted invitations'],
  servingMode: 'hybrid',
  servingPatterns: ['ann-index'],
  difficulty: 'advanced',
  sources: [],
};

describe('searchFilterAttributes', () => {
  it('gives a case study its domain and each ML task (captured from attributes), then its kind inline, in reader words', () => {
    expect(searchFilterAttributes({ kind: 'case-study', caseStudy })).toEqual({
      'data-pagefind-filter': 'domain[data-domain], ML task[data-task-1], ML task[data-task-2], page kind:Case study',
      'data-domain': 'Social',
      'data-task-1': 'Link prediction',
      'data-task-2': 'Ranking',
    });
  });

  it('lists a task once even if the frontmatter repeats it', () => {
    const attrs = searchFilterAttributes({ kind: 'case-study', caseStudy: { ...caseStudy, mlTasks: ['ranking', 'ranking'] } });
    expect(attrs['data-pagefind-filter']).toBe('domain[data-domain], ML task[data-task-1], page kind:Case study');
  });

  it('gives any other page its kind only; a page without one (or the 404 page) none', () => {
    expect(searchFilterAttributes(pageMetadataSchema.parse({}))).toEqual({ 'data-pagefind-filter': 'page kind:Guide' });
    expect(searchFilterAttributes({ kind: 'chapter' })).toEqual({ 'data-pagefind-filter': 'page kind:Chapter' });
    expect(searchFilterAttributes({ kind: 'tools' })).toEqual({ 'data-pagefind-filter': 'page kind:Calculators' });
    expect(searchFilterAttributes({ kind: 'not-found' })).toEqual({});
    expect(searchFilterAttributes({})).toEqual({});
  });

  it('names every value of the schema with a distinct label', () => {
    for (const [values, labels] of [
      [PAGE_KINDS.filter((k) => k !== 'not-found'), KIND_LABELS],
      [DOMAINS, DOMAIN_LABELS],
      [ML_TASKS, TASK_LABELS],
    ] as const) {
      const names = values.map((v) => (labels as Record<string, string>)[v]);
      expect(names.every((n) => typeof n === 'string' && n.length > 1)).toBe(true);
      expect(new Set(names).size).toBe(values.length);
    }
  });
});
