/**
 * A case study's `sources` (frontmatter: title, publisher, year, link) are what the
 * matrix, search and print read; its References section is what a reader sees. Every
 * listed source must appear there, with its link (Markdown or a bare URL, which GFM links)
 * and its publication year, so the page shows each one with its year.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sourceSchema } from './page-metadata';

const dir = join(import.meta.dirname, 'docs', 'case-studies');
const studies = readdirSync(dir).filter((f) => f.endsWith('.mdx') && f !== 'index.mdx');

/** The numbered entries of the "## References" section, with their line numbers. */
export function referenceEntries(mdx: string): { line: number; text: string }[] {
  const lines = mdx.split('\n');
  const start = lines.findIndex((l) => /^## References\s*$/.test(l));
  if (start < 0) return [];
  const entries: { line: number; text: string }[] = [];
  for (let i = start + 1; i < lines.length && !/^#{1,2} /.test(lines[i]!); i++) {
    if (/^\d+\.\s/.test(lines[i]!)) entries.push({ line: i + 1, text: lines[i]! });
  }
  return entries;
}

describe('case-study sources', () => {
  it('finds the case studies', () => {
    expect(studies.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of studies) {
    it(`${file} lists every frontmatter source in References, with its link and year`, () => {
      const mdx = readFileSync(join(dir, file), 'utf8');
      const frontmatter = parse(mdx.split(/^---$/m)[1] ?? '') as { caseStudy?: { sources?: unknown[] } };
      const sources = (frontmatter.caseStudy?.sources ?? []).map((s) => sourceSchema.parse(s));
      expect(sources.length).toBeGreaterThanOrEqual(4);
      const entries = referenceEntries(mdx);
      const missing = sources
        .filter(({ url, year }) => !entries.some(({ text }) => text.includes(url) && new RegExp(`\\b${year}\\b`).test(text)))
        .map(({ title, year, url }) => `${file}: "${title}" (${year}, ${url}) is not in References with its year`);
      expect(missing).toEqual([]);
    });
  }
});

describe('referenceEntries', () => {
  it('reads only the numbered entries of the References section', () => {
    const mdx = ['## Trade-offs', '1. not a reference', '## References', '', '1. A. "T." P, 2020. [x](https://x.org)', '2. B.', '## After', '3. no'].join('\n');
    expect(referenceEntries(mdx)).toEqual([
      { line: 5, text: '1. A. "T." P, 2020. [x](https://x.org)' },
      { line: 6, text: '2. B.' },
    ]);
  });
});
