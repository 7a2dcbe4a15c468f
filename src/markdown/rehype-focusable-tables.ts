/**
 * Makes every Markdown table reachable by keyboard. Starlight lets a table scroll
 * sideways inside its own box (display: block; overflow: auto), and on a phone most of
 * the handbook's tables do: a reader without a pointer could not scroll to their right-hand
 * columns (axe: scrollable-region-focusable, WCAG 2.1.1). With `tabindex="0"` the table
 * takes focus and the arrow keys scroll it, as the display formulas do (rehype-math.ts).
 * Whether a table overflows depends on the screen, so every table gets it: finding the
 * overflowing ones in the browser would lay out every table at load.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeFocusableTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'table' && node.properties.tabIndex === undefined) node.properties.tabIndex = 0;
    });
  };
}
