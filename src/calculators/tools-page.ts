/**
 * The Tools page's calculator sections, generated from the registry: a remark plugin that
 * replaces `<CalculatorSections />` in an MDX page with, for each calculator in registry
 * order, the Markdown of its `tools.md` (its heading and what to try) followed by
 * `<Calculator name="…" />`. The headings are real Markdown headings, so the page's table
 * of contents, anchors, link checks and search treat them like any other section.
 */
import { readFileSync } from 'node:fs';
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { CALCULATOR_NAMES } from './registry';

export const PLACEHOLDER = 'CalculatorSections';

/** The Markdown of one calculator's Tools section. */
export function toolsMarkdown(name: string): string {
  return readFileSync(new URL(`./${name}/tools.md`, import.meta.url), 'utf8');
}

/** A calculator's section as Markdown nodes: its tools.md, then the embed. */
export function sectionNodes(name: string, markdown = toolsMarkdown(name)): RootContent[] {
  const embed = {
    type: 'mdxJsxFlowElement',
    name: 'Calculator',
    attributes: [{ type: 'mdxJsxAttribute', name: 'name', value: name }],
    children: [],
  } as unknown as RootContent;
  return [...fromMarkdown(markdown).children, embed];
}

export default function remarkCalculatorSections() {
  return (tree: Root) => {
    const at = tree.children.findIndex((node) => node.type === ('mdxJsxFlowElement' as string) && (node as { name?: string }).name === PLACEHOLDER);
    if (at === -1) return;
    tree.children.splice(at, 1, ...CALCULATOR_NAMES.flatMap((name) => sectionNodes(name)));
  };
}
