/** For unit tests of the rehype plugins: a plugin's output on an HTML fragment. */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** Parses `html` as a fragment, runs the plugin's transformer on it, and serializes the result. */
export function runOnFragment(plugin: () => (tree: Root) => void, html: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  plugin()(tree);
  return toHtml(tree);
}
