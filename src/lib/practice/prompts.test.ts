import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROMPTS, covered } from './prompts';

const caseStudyDir = new URL('../../content/docs/case-studies/', import.meta.url);
const caseStudies = readdirSync(caseStudyDir)
  .filter((f) => f.endsWith('.mdx') && f !== 'index.mdx')
  .map((f) => f.replace(/\.mdx$/, ''));

describe('prompt bank', () => {
  it('holds 40+ prompts with unique, URL-safe ids', () => {
    expect(PROMPTS.length).toBeGreaterThanOrEqual(40);
    const ids = PROMPTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has at least 20 prompts that no case study covers', () => {
    expect(PROMPTS.filter((p) => !covered(p)).length).toBeGreaterThanOrEqual(20);
  });

  it('has a prompt for every case study in the handbook, and no two for the same one', () => {
    const linked = PROMPTS.flatMap((p) => (p.caseStudy ? [p.caseStudy] : []));
    expect(new Set(linked).size).toBe(linked.length);
    for (const slug of caseStudies) expect(linked, slug).toContain(slug);
  });

  it('gives each prompt the facts an interviewer would hand over: scale, latency or timing, data', () => {
    for (const p of PROMPTS) {
      expect(p.facts.length, p.id).toBeGreaterThanOrEqual(3);
      const labels = p.facts.map((f) => f.label);
      expect(labels, p.id).toContain('Scale');
      expect(labels.some((l) => l === 'Latency'), p.id).toBe(true);
      for (const f of p.facts) expect(f.value, p.id).toMatch(/^["A-Za-z0-9].*\.$/);
      expect(p.prompt.length, p.id).toBeGreaterThan(60);
    }
  });
});
