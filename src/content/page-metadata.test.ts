import { describe, expect, it } from 'vitest';
import { isCaseStudy, isChapter, isGuide, isLanding, isNotFound, isToolsPage, PAGE_KINDS, pageMetadataSchema, SERVING_PATTERNS, type PageKind } from './page-metadata';

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
    expect(issuePaths({ caseStudy })).toEqual(['caseStudy']);
  });

  it('says what is missing or misplaced in words an author can act on', () => {
    const message = (input: unknown) => pageMetadataSchema.safeParse(input).error?.issues[0]?.message;
    expect(message({ kind: 'case-study' })).toMatch(/needs `caseStudy` metadata/);
    expect(message({ kind: 'tools', caseStudy })).toMatch(/only a page with `kind: case-study`/);
  });

  it('rejects an unknown kind', () => {
    expect(issuePaths({ kind: 'blog' })).toEqual(['kind']);
  });
});

describe('page kind guards', () => {
  const guards = { isLanding, isNotFound, isGuide, isChapter, isCaseStudy, isToolsPage };
  const entry = (kind: PageKind | undefined) => ({ id: 'x', data: { kind } });

  it('each kind satisfies exactly one guard, the one named after it', () => {
    const owner: Record<PageKind, keyof typeof guards> = {
      landing: 'isLanding',
      'not-found': 'isNotFound',
      guide: 'isGuide',
      chapter: 'isChapter',
      'case-study': 'isCaseStudy',
      tools: 'isToolsPage',
    };
    for (const kind of PAGE_KINDS) {
      const passing = Object.entries(guards).filter(([, guard]) => guard(entry(kind))).map(([name]) => name);
      expect(passing, kind).toEqual([owner[kind]]);
    }
  });

  it('reads an entry the schema never saw (no kind) as none of the kinds', () => {
    for (const guard of Object.values(guards)) expect(guard(entry(undefined))).toBe(false);
    // The schema is what turns a missing kind into a guide.
    expect(isGuide({ id: 'x', data: pageMetadataSchema.parse({}) })).toBe(true);
  });

  it('narrows the entry type to its kind', () => {
    const page = { id: 'case-studies/a', data: pageMetadataSchema.parse({ kind: 'case-study', caseStudy }) };
    if (!isCaseStudy(page)) throw new Error('expected a case study');
    // Compiles only because the guard narrowed `data` to the case-study variant.
    expect(page.data.caseStudy.domain).toBe('ads');
  });
});
