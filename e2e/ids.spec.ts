/**
 * Every id in every built HTML file (pages, print views, the 404 page) is unique, however
 * many calculators, diagrams or chapters the file holds: a repeated id breaks labels,
 * aria references, fragment links and in-PDF links, and the whole-handbook print view
 * concatenates every page. Reads dist/ directly, so it needs no browser.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { builtHtmlPaths, distFile } from './pages';

const paths = builtHtmlPaths();

/** Each id that occurs more than once in the HTML, with its count. */
function duplicateIds(html: string): string[] {
  const counts = new Map<string, number>();
  visit(fromHtml(html), 'element', (node) => {
    const id = node.properties.id;
    if (id !== undefined && id !== null) counts.set(String(id), (counts.get(String(id)) ?? 0) + 1);
  });
  return [...counts].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
}

test('the check sees a repeated id, in HTML and in SVG', () => {
  expect(duplicateIds('<p id="a"></p><svg><g id="actor0"></g><g id="actor0"></g></svg><p id="a"></p><p id="b"></p>')).toEqual([
    'a ×2',
    'actor0 ×2',
  ]);
});

test('every built HTML file is checked, print views included', () => {
  expect(paths).toContain('print/handbook/');
  expect(paths.filter((p) => p.startsWith('print/')).length).toBeGreaterThan(5);
});

for (const p of paths) {
  test(`/${p} has no repeated id`, () => {
    expect(duplicateIds(readFileSync(distFile(p), 'utf8'))).toEqual([]);
  });
}
