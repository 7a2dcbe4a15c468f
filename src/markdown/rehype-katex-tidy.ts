/**
 * Post-processing of rehype-katex output:
 * - KaTeX emits each formula twice (visible HTML, and MathML with a TeX annotation),
 *   which Pagefind would index as three copies of noise. Keep the MathML out of the
 *   index; screen readers still get it.
 * - Display formulas scroll sideways on narrow screens; a scrollable region must be
 *   reachable by keyboard (WCAG 2.1.1), so each gets tabindex="0".
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeKatexTidy() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const cls = node.properties.className;
      if (!Array.isArray(cls)) return;
      if (cls.includes('katex-mathml')) node.properties.dataPagefindIgnore = '';
      if (cls.includes('katex-display')) node.properties.tabIndex = 0;
    });
  };
}
