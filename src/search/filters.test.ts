import { describe, expect, it } from 'vitest';
import { DOMAINS, ML_TASKS, PAGE_KINDS, pageMetadataSchema, type CaseStudyMetadata } from '../content/page-metadata';
import { DOMAIN_LABELS, KIND_LABELS, searchFilters, TASK_LABELS } from './filters';

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

describe('searchFilters', () => {
  it('gives a case study its kind, its domain and each ML task, in reader words', () => {
    expect(searchFilters({ kind: 'case-study', caseStudy })).toEqual([
      'page kind:Case study',
      'domain:Social',
      'ML task:Link prediction',
      'ML task:Ranking',
    ]);
  });

  it('gives any other page its kind only; a page without one (or the 404 page) none', () => {
    expect(searchFilters(pageMetadataSchema.parse({}))).toEqual(['page kind:Guide']);
    expect(searchFilters({ kind: 'chapter' })).toEqual(['page kind:Chapter']);
    expect(searchFilters({ kind: 'tools' })).toEqual(['page kind:Calculators']);
    expect(searchFilters({ kind: 'not-found' })).toEqual([]);
    expect(searchFilters({})).toEqual([]);
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
