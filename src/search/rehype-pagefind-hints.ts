/**
 * Marks Markdown content for Pagefind (see weights.ts):
 *
 * - section headings get `data-pagefind-weight`, so a query that names a section finds it;
 * - table header rows get `data-pagefind-ignore`: Pagefind runs header cells together
 *   with no separator ("Label Source Delay Main bias Click."), which makes unreadable
 *   excerpts, and the words of a header row are column names, not what the page is about.
 *
 * Runs in the unified pipeline like the plugins in src/markdown; headings keep their ids
 * and Starlight still adds its permalinks after it.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { HEADING_WEIGHTS } from './weights';

export default function rehypePagefindHints() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const weight = HEADING_WEIGHTS[node.tagName];
      if (weight !== undefined && node.properties.dataPagefindWeight === undefined) node.properties.dataPagefindWeight = String(weight);
      if (node.tagName === 'thead') node.properties.dataPagefindIgnore = '';
    });
  };
}
