import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { SERVING_PATTERNS } from './page-metadata';
import { SERVING_PATTERN_ROWS } from './serving-patterns';
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
  const serving = readFileSync(join(import.meta.dirname, 'docs', 'serving.mdx'), 'utf8');
  const ids = headingIds(serving);

  it('reads the serving chapter headings', () => {
    expect(ids).toContain('pattern-selection-at-a-glance');
    expect(ids).not.toContain('worked-example'); // slugs are whole headings, not prefixes
  });

  it.each(SERVING_PATTERNS)('%s links to a section of the serving chapter that exists', (pattern) => {
    expect(ids).toContain(SERVING_PATTERN_ROWS[pattern].section);
  });

  it('gives every pattern its own name', () => {
    const names = SERVING_PATTERNS.map((p) => SERVING_PATTERN_ROWS[p].name);
    expect(new Set(names).size).toBe(names.length);
  });
});
