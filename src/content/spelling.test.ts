import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSpelling } from './spelling';

const found = (source: string) => checkSpelling(source).map((i) => `${i.line}:${i.found}→${i.expected}`);

describe('checkSpelling', () => {
  it('reports British spellings with their US forms, keeping the case', () => {
    expect(found('Normalise the scores, then randomise by user.\nThe behaviour of the catalogue.')).toEqual([
      '1:Normalise→Normalize',
      '1:randomise→randomize',
      '2:behaviour→behavior',
      '2:catalogue→catalog',
    ]);
    expect(found('A labelled set; quantisation and modelling.')).toEqual([
      '1:labelled→labeled',
      '1:quantisation→quantization',
      '1:modelling→modeling',
    ]);
  });

  it('leaves words that end in -ise in US English too', () => {
    expect(found('Advertisers promise precise, supervised, pairwise noise; otherwise raise and revise.')).toEqual([]);
  });

  it('holds nDCG and fan-out to one spelling', () => {
    expect(found('NDCG, ndcg and nDCG; IDCG and DCG are fine.')).toEqual(['1:NDCG→nDCG', '1:ndcg→nDCG']);
    expect(found('fanout, the fan out, a fan-out, and queries that fan out or fans out.')).toEqual(['1:fanout→fan-out', '1:fan out→fan-out']);
    expect(found(String.raw`$|\Delta \mathrm{NDCG}|$`)).toEqual(['1:NDCG→nDCG']);
  });

  it('checks prose only: not code, diagrams, link targets, or quoted titles of sources', () => {
    const page = [
      '---',
      'title: Optimise it',
      'caseStudy:',
      '  sources:',
      '    - title: "Modelling Behaviour"',
      '      publisher: ACM',
      '  difficulty: advanced',
      '---',
      "import Calculator from '~/components/Calculator.astro';",
      'See `ndcg_score` and [the page](/normalise/) or https://example.org/colour.',
      '<Calculator name="optimise" />',
      '```mermaid',
      'flowchart LR',
      '  A["Behaviour sequence"] --> B[fanout]',
      '```',
      'Prose with "a quoted colour" is still checked.',
      '## References',
      '1. Doe, J. "Optimising Behaviour." Journal of Colour, 2020.',
      '## Next',
      '"Favour" outside references is checked.',
    ].join('\n');
    expect(found(page)).toEqual(['2:Optimise→Optimize', '16:colour→color', '18:Colour→Color', '20:Favour→Favor']);
  });
});

describe('the handbook', () => {
  // The pages, and the calculators' Tools-page sections, which the Tools page renders as prose.
  const root = join(import.meta.dirname, '..');
  const pages = [
    ...(readdirSync(join(root, 'content/docs'), { recursive: true }) as string[]).filter((f) => /\.mdx?$/.test(f)).map((f) => join('content/docs', f)),
    ...(readdirSync(join(root, 'calculators'), { recursive: true }) as string[]).filter((f) => f.endsWith('tools.md')).map((f) => join('calculators', f)),
  ].sort();

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages)('%s is written in US English with one spelling of nDCG and fan-out', (page) => {
    const issues = checkSpelling(readFileSync(join(root, page), 'utf8'));
    expect(issues.map((i) => `${relative(process.cwd(), join(root, page))}:${i.line}: ${i.found} → ${i.expected}`)).toEqual([]);
  });
});
