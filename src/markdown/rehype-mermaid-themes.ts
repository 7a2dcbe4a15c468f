/**
 * Renders ```mermaid code blocks to inline SVG at build time, twice: a light and a dark
 * variant. CSS shows the one matching Starlight's theme toggle (`data-theme` on <html>)
 * and forces the light one in print. rehype-mermaid's own `dark` option keys a <picture>
 * on prefers-color-scheme, which ignores the toggle, hence this plugin.
 *
 * It must run before Expressive Code (which would otherwise render the block as code),
 * so it sits in the unified pipeline's rehypePlugins.
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { toText } from 'hast-util-to-text';
import { find, svg } from 'property-information';
import { createMermaidRenderer, type MermaidRenderer, type RenderResult } from 'mermaid-isomorphic';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

/** Labels as SVG <text>, not HTML in <foreignObject>, so print and PDF keep them as text. */
const baseConfig = { htmlLabels: false, flowchart: { htmlLabels: false, useMaxWidth: true } };
const THEMES = [
  { name: 'light', config: { ...baseConfig, theme: 'default' } },
  // Mermaid's dark edge labels (#ccc on a mid-grey box) fall short of WCAG AA contrast.
  { name: 'dark', config: { ...baseConfig, theme: 'dark', themeVariables: { edgeLabelBackground: '#2a2a2e' } } },
] as const;

let renderer: MermaidRenderer | undefined;
function getRenderer(): MermaidRenderer {
  renderer ??= createMermaidRenderer({ launchOptions: chromiumLaunchOptions() });
  return renderer;
}

function isMermaidBlock(node: Element): boolean {
  if (node.tagName !== 'pre') return false;
  const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  const cls = code?.properties?.className;
  return Array.isArray(cls) && cls.includes('language-mermaid');
}

/**
 * Astro's MDX pipeline first moves a <style> element's text into a `set:html` property
 * (rehype-collapse-script-style), then serialises static subtrees to HTML strings
 * (rehype-optimize-static, which Starlight turns on); that serialiser writes the property
 * out as a literal `set:html="…"` attribute. The SVG's <style> ends up empty, the
 * diagram loses its CSS and every shape renders as a black box. An MDX JSX element is
 * never static, so `<style set:html={css}>` reaches Astro's JSX runtime, which writes the
 * CSS as the element's content. Plain Markdown (.md) serialises <style> correctly.
 */
function mdxStyle(css: string): ElementContent {
  const node = { type: 'mdxJsxFlowElement', name: 'style', attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: css }], children: [] };
  return node as unknown as ElementContent;
}

/**
 * hast stores SVG attributes under property names (`markerEnd`, `strokeWidth`), and the
 * serialiser that writes MDX's static subtrees prints those names verbatim, so
 * `marker-end` became `markerEnd` and every arrowhead vanished. Store each property under
 * its real SVG attribute name instead, which every serialiser prints as it is.
 */
function useSvgAttributeNames(node: Element): void {
  const properties: Element['properties'] = {};
  for (const [key, value] of Object.entries(node.properties)) {
    if (key === 'className' || value === undefined || value === null) {
      properties[key] = value;
      continue;
    }
    const info = find(svg, key);
    const text = Array.isArray(value) ? value.join(info.commaSeparated ? ',' : ' ') : value;
    properties[info.attribute] = text;
  }
  node.properties = properties;
}

/**
 * Below this share of its natural width a diagram's labels get too small to read, so a
 * wide diagram scrolls sideways inside its figure instead of shrinking further. Print
 * drops the minimum (custom.css) so a PDF page never overflows.
 */
const MIN_SCALE = 0.7;

function svgNode(result: RenderResult, isMdx: boolean): ElementContent[] {
  const root = fromHtmlIsomorphic(result.svg, { fragment: true });
  visitParents(root, 'element', (node) => {
    useSvgAttributeNames(node);
    if (node.tagName === 'svg' && result.width > 0) {
      const style = String(node.properties.style ?? '').replace(/;?\s*$/, '');
      node.properties.style = `${style};min-width:${Math.round(result.width * MIN_SCALE)}px`;
    }
  });
  if (isMdx) {
    visitParents(root, 'element', (node, ancestors) => {
      const parent = ancestors.at(-1);
      if (node.tagName !== 'style' || !parent) return;
      parent.children[parent.children.indexOf(node)] = mdxStyle(toText(node, { whitespace: 'pre' }));
    });
  }
  return root.children as ElementContent[];
}

export default function rehypeMermaidThemes() {
  return async (tree: Root, file: VFile) => {
    const blocks: { node: Element; parent: Element | Root; source: string }[] = [];
    visitParents(tree, 'element', (node, ancestors) => {
      if (isMermaidBlock(node)) {
        blocks.push({ node, parent: ancestors.at(-1) as Element | Root, source: toText(node, { whitespace: 'pre' }) });
      }
    });
    if (blocks.length === 0) return;

    const isMdx = String(file.path ?? file.history[0] ?? '').endsWith('.mdx');
    // IDs must be unique across the whole handbook too: the print view concatenates pages.
    const fileKey = createHash('sha1').update(String(file.path ?? file.history[0] ?? '')).digest('hex').slice(0, 8);
    const sources = blocks.map((b) => b.source);
    const rendered = await Promise.all(
      THEMES.map((t) => getRenderer()(sources, { prefix: `mmd-${fileKey}-${t.name}`, mermaidConfig: t.config })),
    );

    blocks.forEach((block, i) => {
      const variants: Element[] = THEMES.map((theme, t) => {
        const result = rendered[t]![i]!;
        if (result.status === 'rejected') {
          const reason = result.reason as { message?: string };
          file.fail(`Mermaid diagram ${i + 1} could not be rendered: ${reason?.message ?? String(reason)}`, block.node);
        }
        return {
          type: 'element',
          tagName: 'div',
          properties: { className: ['diagram-variant', `diagram-${theme.name}`] },
          children: svgNode(result.value, isMdx),
        };
      });
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        // Focusable, because a wide diagram scrolls sideways and keyboard users must reach it (WCAG 2.1.1).
        properties: { className: ['diagram'], dataDiagram: '', tabIndex: 0 },
        children: variants,
      };
      const index = block.parent.children.indexOf(block.node);
      block.parent.children.splice(index, 1, figure);
    });
  };
}
