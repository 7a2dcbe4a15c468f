import { describe, expect, it } from 'vitest';
import { pageMetadataSchema, SERVING_PATTERNS } from './page-metadata';

const caseStudy = {
  domain: 'ads',
  mlTasks: ['classification'],
  techniques: ['GBDT + LR', 'negative downsampling'],
  offlineMetrics: ['normalized entropy'],
  onlineMetrics: ['revenue per mille'],
  servingMode: 'online',
  servingPatterns: ['online-prediction', 'streaming-features', 'caching'],
  difficulty: 'advanced',
  sources: Array.from({ length: 4 }, (_, i) => ({
    title: `Source ${i + 1}`,
    publisher: 'ACM KDD',
    year: 2014,
    url: `https://doi.org/10.1145/${i}`,
  })),
};

const issuePaths = (input: unknown) => {
  const result = pageMetadataSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('page metadata schema', () => {
  it('accepts a complete case study and defaults other pages to guides', () => {
    expect(issuePaths({ kind: 'case-study', caseStudy })).toEqual([]);
    expect(pageMetadataSchema.parse({})).toEqual({ kind: 'guide' });
  });

  it('names the field that is wrong', () => {
    expect(issuePaths({ kind: 'case-study', caseStudy: { ...caseStudy, servingMode: 'realtime' } })).toEqual([
      'caseStudy.servingMode',
    ]);
    expect(issuePaths({ kind: 'case-study', caseStudy: { ...caseStudy, sources: caseStudy.sources.slice(0, 3) } })).toEqual([
      'caseStudy.sources',
    ]);
    expect(
      issuePaths({ kind: 'case-study', caseStudy: { ...caseStudy, sources: [{ ...caseStudy.sources[0], year: '2014' }, ...caseStudy.sources.slice(1)] } }),
    ).toEqual(['caseStudy.sources.0.year']);
    expect(issuePaths({ kind: 'case-study', caseStudy: { ...caseStudy, mlTasks: ['ranking', 'magic'] } })).toEqual(['caseStudy.mlTasks.1']);
  });

  it('requires the serving patterns a case study uses, each a known pattern listed once', () => {
    const withoutPatterns = Object.fromEntries(Object.entries(caseStudy).filter(([key]) => key !== 'servingPatterns'));
    expect(issuePaths({ kind: 'case-study', caseStudy: withoutPatterns })).toEqual(['caseStudy.servingPatterns']);
    expect(issuePaths({ kind: 'case-study', caseStudy: { ...caseStudy, servingPatterns: [] } })).toEqual(['caseStudy.servingPatterns']);
    expect(issuePaths({ kind: 'case-study', caseStudy: { ...caseStudy, servingPatterns: ['caching', 'ann'] } })).toEqual([
      'caseStudy.servingPatterns.1',
    ]);
    expect(issuePaths({ kind: 'case-study', caseStudy: { ...caseStudy, servingPatterns: ['caching', 'caching'] } })).toEqual([
      'caseStudy.servingPatterns',
    ]);
    expect(
      issuePaths({
        kind: 'case-study',
        caseStudy: { ...caseStudy, servingPatterns: [...SERVING_PATTERNS] },
      }),
    ).toEqual([]);
  });

  it('ties case-study metadata to the case-study kind', () => {
    expect(issuePaths({ kind: 'case-study' })).toEqual(['caseStudy']);
    expect(issuePaths({ kind: 'chapter', caseStudy })).toEqual(['caseStudy']);
  });
});
