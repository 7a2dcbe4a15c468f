import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { SERVING_PATTERNS, type ServingPattern } from './page-metadata';
import { PATTERN_CHAPTERS, SERVING_PATTERN_ROWS, studiesUsing } from './serving-patterns';
import { proseLines } from './spelling';

/** Heading ids of an MDX page, made the way Astro makes them (github-slugger, in order). */
function headingIds(source: string): string[] {
  const slugger = new GithubSlugger();
  return proseLines(source)
    .map(({ line }) => source.split('\n')[line - 1]!)
    .flatMap((raw) => {
      const heading = /^#{1,6}\s+(.*)$/.exec(raw);
      return heading ? [slugger.slug(heading[1]!.trim())] : [];
    });
}

describe('serving pattern rows', () => {
  const ids = Object.fromEntries(
    PATTERN_CHAPTERS.map((chapter) => [chapter, headingIds(readFileSync(join(import.meta.dirname, 'docs', `${chapter}.mdx`), 'utf8'))]),
  );

  it('reads the chapter headings', () => {
    expect(ids.serving).toContain('pattern-selection-at-a-glance');
    expect(ids.retrieval).toContain('approximate-nearest-neighbor-search');
    expect(ids.serving).not.toContain('worked-example'); // slugs are whole headings, not prefixes
  });

  it.each(SERVING_PATTERNS)('%s links to a section of its chapter that exists', (pattern) => {
    const { chapter, section } = SERVING_PATTERN_ROWS[pattern];
    expect(ids[chapter]).toContain(section);
  });

  it('explains patterns in each of the chapters it names', () => {
    expect(new Set(SERVING_PATTERNS.map((p) => SERVING_PATTERN_ROWS[p].chapter))).toEqual(new Set(PATTERN_CHAPTERS));
  });

  it('gives every pattern its own name', () => {
    const names = SERVING_PATTERNS.map((p) => SERVING_PATTERN_ROWS[p].name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('studiesUsing', () => {
  const study = (id: string, servingPatterns: ServingPattern[]) => ({ id, data: { caseStudy: { servingPatterns } } });
  const studies = [study('a', ['caching']), study('b', ['ann-index', 'caching']), study('c', ['online-prediction'])];

  it('keeps every case study that declares the pattern, in the given order', () => {
    expect(studiesUsing(studies, ['caching']).map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('lists a case study once when it declares several of the patterns', () => {
    expect(studiesUsing(studies, ['caching', 'ann-index', 'online-prediction']).map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('is empty when no case study declares the pattern', () => {
    expect(studiesUsing(studies, ['compression'])).toEqual([]);
  });
});
