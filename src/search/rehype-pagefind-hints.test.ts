import { describe, expect, it } from 'vitest';
import { runOnFragment } from '../markdown/rehype.testing.ts';
import rehypePagefindHints from './rehype-pagefind-hints';
import { HEADING_WEIGHTS } from './weights';

const run = (html: string) => runOnFragment(rehypePagefindHints, html);

describe('rehypePagefindHints', () => {
  it('weights section headings by level and leaves other elements alone', () => {
    expect(run('<h2 id="a">A</h2><h3 id="b">B</h3><h4>C</h4><p>text</p>')).toBe(
      `<h2 id="a" data-pagefind-weight="${HEADING_WEIGHTS['h2']}">A</h2><h3 id="b" data-pagefind-weight="${HEADING_WEIGHTS['h3']}">B</h3><h4 data-pagefind-weight="${HEADING_WEIGHTS['h4']}">C</h4><p>text</p>`,
    );
  });

  it('ranks higher headings at least as high as lower ones, within Pagefind’s 0–10', () => {
    const levels = ['h2', 'h3', 'h4', 'h5', 'h6'].map((h) => HEADING_WEIGHTS[h]!);
    for (const w of levels) {
      expect(w).toBeGreaterThan(0);
      expect(w).toBeLessThanOrEqual(10);
    }
    expect([...levels].sort((a, b) => b - a)).toEqual(levels);
  });

  it('keeps a weight an author set', () => {
    expect(run('<h2 data-pagefind-weight="3">A</h2>')).toBe('<h2 data-pagefind-weight="3">A</h2>');
  });

  it('keeps table header rows out of the index, and the body rows in', () => {
    expect(run('<table><thead><tr><th>Label</th><th>Source</th></tr></thead><tbody><tr><td>Click</td><td>log</td></tr></tbody></table>')).toBe(
      '<table><thead data-pagefind-ignore=""><tr><th>Label</th><th>Source</th></tr></thead><tbody><tr><td>Click</td><td>log</td></tr></tbody></table>',
    );
  });
});
