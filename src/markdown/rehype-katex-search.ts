/**
 * rehype-katex emits each formula twice (visible HTML and MathML with a TeX annotation),
 * which Pagefind would index as three copies of noise. Keep the MathML out of the index;
 * screen readers still get it.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeKatexSearch() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const cls = node.properties.className;
      if (Array.isArray(cls) && cls.includes('katex-mathml')) node.properties.dataPagefindIgnore = '';
    });
  };
}
