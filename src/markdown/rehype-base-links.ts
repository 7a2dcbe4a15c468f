/**
 * Prefixes Astro's `base` to root-relative links written in Markdown (`/metrics/`), so
 * pages work when the site is served under a sub-path (BASE_PATH=/handbook) without
 * every author having to know the base. Starlight does this for its sidebar, not for
 * links inside content. Runs before starlight-links-validator, which then checks the
 * final, base-prefixed URLs.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../site-path';

export default function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'a' && typeof node.properties.href === 'string') {
        node.properties.href = withBase(node.properties.href, options.base);
      }
    });
  };
}
