/**
 * Renders ```mermaid code blocks to inline SVG at build time: ONE SVG per diagram whose
 * colours are CSS custom properties, light by default and in print, dark when Starlight's
 * theme toggle sets `data-theme='dark'` on <html>. rehype-mermaid's own `dark` option keys
 * a <picture> on prefers-color-scheme, which ignores the toggle, hence this plugin.
 *
 * Each diagram is rendered twice (mermaid's light and dark themes, same ids); where the
 * two differ only in values, the light SVG keeps the layout and every differing value
 * becomes a variable (mermaid-svg.ts). If they ever differ in structure, both renderings
 * are kept and CSS shows one (the earlier approach, twice the bytes).
 *
 * Then the SVG is slimmed (unused markers, CSS, interaction data), its ids made unique
 * per diagram, its arrowheads drawn in place, and it gets a "full size" button that CSS
 * shows only where the diagram is drawn so small that its labels fall under 9 px;
 * DiagramDialog.astro opens it.
 *
 * With `fileDir` (the site's build), the drawing moves out of the page into a
 * content-hashed file under /_astro/diagrams/, shown through `<use>` (splitOut): 4–12 KiB
 * of gzip HTML less per page, and the browser caches the files. The page keeps the box,
 * title, description and ARIA attributes, and the theme's colour variables, which the
 * `<use>` shadow tree inherits (an <img> would not, and would lose the theme toggle).
 *
 * It must run before Expressive Code (which would otherwise render the block as code),
 * so it sits in the unified pipeline's rehypePlugins.
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { find, svg as svgSchema } from 'property-information';
import { createMermaidRenderer, type MermaidRenderer, type RenderResult } from 'mermaid-isomorphic';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { withBase } from '../site-path.ts';
import { sha256, STYLE_HASHES_KEY } from '../csp/hash.mjs';
import { bakeEndMarkers, mergeThemes, rebaseIds, scopeIds, slimSvg, smallestFontPx, styleText, setStyleText, svgElement, themeCss } from './mermaid-svg.ts';

/** Labels as SVG <text>, not HTML in <foreignObject>, so print and PDF keep them as text. */
const baseConfig = { htmlLabels: false, flowchart: { htmlLabels: false, useMaxWidth: true } };
export const THEMES = [
  { name: 'light', config: { ...baseConfig, theme: 'default' } },
  // Mermaid's dark edge labels (#ccc on a mid-grey box) fall short of WCAG AA contrast.
  { name: 'dark', config: { ...baseConfig, theme: 'dark', themeVariables: { edgeLabelBackground: '#2a2a2e' } } },
] as const;

/** Labels drawn smaller than this (CSS px) on screen get the full-size button. */
export const MIN_LABEL_PX = 9;

/** Print: no label under 7 pt (CSS px: 1 pt = 96/72 px). */
export const MIN_PRINT_LABEL_PX = (7 * 96) / 72;
/** An A4 portrait page's text block (print.css: 16 mm side margins), and custom.css's cap on a diagram's height there. */
export const PORTRAIT = { width: ((210 - 32) / 25.4) * 96, height: (22 / 2.54) * 96 };

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
export function mdxStyle(css: string): ElementContent {
  const node = { type: 'mdxJsxFlowElement', name: 'style', attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: css }], children: [] };
  return node as unknown as ElementContent;
}

/**
 * hast stores SVG attributes under property names (`markerEnd`, `strokeWidth`), and the
 * serialiser that writes MDX's static subtrees prints those names verbatim, so
 * `marker-end` became `markerEnd` and every arrowhead vanished. Store each property under
 * its real SVG attribute name instead, which every serialiser prints as it is.
 */
export function useSvgAttributeNames(node: Element): void {
  const properties: Element['properties'] = {};
  for (const [key, value] of Object.entries(node.properties)) {
    if (key === 'className' || value === undefined || value === null) {
      properties[key] = value;
      continue;
    }
    const info = find(svgSchema, key);
    const text = Array.isArray(value) ? value.join(info.commaSeparated ? ',' : ' ') : value;
    properties[info.attribute] = text;
  }
  node.properties = properties;
}

/** The last steps every SVG goes through: attribute names, and the MDX <style> workaround. */
function finish(svg: Element, isMdx: boolean): Element {
  visitParents(svg, 'element', (node) => {
    if (node.tagName !== 'style') useSvgAttributeNames(node);
  });
  useSvgAttributeNames(svg);
  if (isMdx) {
    visitParents(svg, 'element', (node, ancestors) => {
      const parent = ancestors.at(-1);
      if (node.tagName !== 'style' || !parent) return;
      parent.children[parent.children.indexOf(node)] = mdxStyle(styleText(node));
    });
  }
  return svg;
}

function parse(result: RenderResult): Element {
  const svg = svgElement(fromHtmlIsomorphic(result.svg, { fragment: true }));
  if (!svg) throw new Error('mermaid returned no <svg>');
  return svg;
}

function viewBoxSize(svg: Element, result: RenderResult): { width: number; height: number } {
  const box = String(svg.properties.viewBox ?? '')
    .split(/[\s,]+/)
    .map(Number);
  const width = box.length === 4 && box[2]! > 0 ? box[2]! : result.width;
  const height = box.length === 4 && box[3]! > 0 ? box[3]! : result.height;
  return { width, height };
}

/** Where a diagram's drawing goes when it is served as a file of its own. */
export interface DiagramFiles {
  /** Astro's `base`: file URLs are `${base}/_astro/diagrams/<name>`. */
  base: string;
  /** Receives each file: a content-hashed name and its SVG text. */
  emit: (name: string, svg: string) => void;
}

export interface DiagramParts {
  /** The id every id inside the diagram starts with. */
  id: string;
  light: RenderResult;
  dark: RenderResult;
  isMdx: boolean;
  /** Serve the drawing from a file through `<use>` (see splitOut); inline when absent. */
  files?: DiagramFiles | undefined;
}

/** The folder under the site's base where diagram files are served (hashed, cacheable forever like Vite's assets). */
export const DIAGRAM_DIR = '_astro/diagrams';

/** Attributes that stay on the page's <svg>: its box and what assistive technology reads. */
const PAGE_ATTRIBUTES = ['id', 'width', 'viewBox', 'style', 'className', 'role', 'ariaRoledescription', 'ariaRoleDescription', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaLabel'];

/**
 * Moves a diagram's drawing out of the page: the page keeps an <svg> with the same id,
 * viewBox (so its box, and so the layout, is known before the file arrives), title, desc
 * and ARIA attributes, the theme's colour definitions and the zoom rule, and a `<use>`
 * of the file. The file holds the shapes, labels and the diagram's own CSS; the colours
 * are custom properties, which the `<use>`'s shadow tree inherits from the page, so the
 * theme toggle still recolours it (an <img> would not inherit them). Its name carries a
 * hash of its content, so it can be cached forever.
 */
export function splitOut(svg: Element, pageCss: string, fileCss: string, files: DiagramFiles): Element {
  const id = String(svg.properties.id);
  const kept = (c: ElementContent) => c.type === 'element' && (c.tagName === 'title' || c.tagName === 'desc');
  const fileProperties: Element['properties'] = { xmlns: 'http://www.w3.org/2000/svg', id, viewBox: svg.properties.viewBox };
  if (svg.properties.className) fileProperties.className = svg.properties.className;
  const drawing: Element = {
    type: 'element',
    tagName: 'svg',
    properties: fileProperties,
    children: [
      ...(fileCss ? [{ type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: fileCss }] } satisfies Element] : []),
      ...svg.children.filter((c) => !kept(c) && !(c.type === 'element' && c.tagName === 'style')),
    ],
  };
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${toHtml(drawing, { space: 'svg', closeEmptyElements: true })}\n`;
  const name = `${id}.${createHash('sha256').update(text).digest('hex').slice(0, 10)}.svg`;
  files.emit(name, text);
  const properties: Element['properties'] = {};
  for (const key of PAGE_ATTRIBUTES) if (svg.properties[key] !== undefined) properties[key] = svg.properties[key];
  return {
    type: 'element',
    tagName: 'svg',
    properties,
    children: [
      ...svg.children.filter(kept),
      ...(pageCss ? [{ type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: pageCss }] } satisfies Element] : []),
      {
        type: 'element',
        tagName: 'use',
        properties: { href: `${withBase(`/${DIAGRAM_DIR}/${name}`, files.base)}#${id}`, width: '100%', height: '100%' },
        children: [],
      },
    ],
  };
}

/**
 * Builds the <figure> for one diagram from its light and dark renderings (pure: no
 * Chromium, so tests can feed it recorded mermaid output).
 */
export function diagramFigure({ id, light, dark, isMdx, files }: DiagramParts): Element {
  let svg = parse(light);
  const darkSvg = parse(dark);
  const { width, height } = viewBoxSize(svg, light);
  const colours = mergeThemes(svg, darkSvg);
  let content: Element[];
  let scoped: Element;
  let coloursCss = '';
  if (colours) {
    scopeIds(svg, id);
    bakeEndMarkers(svg);
    slimSvg(svg);
    coloursCss = themeCss(svg, colours, `#${id}`);
    scoped = svg;
    content = [svg];
  } else {
    // The renderings differ in structure: keep both, each with ids of its own.
    const lightSvg = parse(light);
    rebaseIds(darkSvg, id, `${id}-dark`);
    for (const [s, prefix] of [[lightSvg, id], [darkSvg, `${id}-dark`]] as const) {
      scopeIds(s, prefix);
      slimSvg(s);
    }
    scoped = lightSvg;
    content = [
      { type: 'element', tagName: 'div', properties: { className: ['diagram-variant', 'diagram-light'] }, children: [lightSvg] },
      { type: 'element', tagName: 'div', properties: { className: ['diagram-variant', 'diagram-dark'] }, children: [darkSvg] },
    ];
  }
  // Show the full-size button only while the figure is narrower than the width at which
  // the smallest label reaches MIN_LABEL_PX: a container query, so it is there from the
  // first paint (no layout shift, no script needed to decide).
  const font = smallestFontPx(scoped);
  const readableWidth = Math.ceil((width * MIN_LABEL_PX) / font);
  const zoomId = `${id}-zoom`;
  const zoomRule = `@container (min-width: ${readableWidth}px){#${zoomId}{display:none}}`;
  const style = scoped.children.find((c): c is Element => c.type === 'element' && c.tagName === 'style');
  if (colours && files) {
    svg = splitOut(svg, coloursCss + zoomRule, style ? styleText(style) : '', files);
    content = [svg];
    scoped = svg;
  } else {
    const css = (scoped === svg ? coloursCss : '') + (style ? styleText(style) : '') + zoomRule;
    if (style) setStyleText(style, css);
    else scoped.children.unshift({ type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: css }] });
  }

  // A diagram too wide for 7 pt labels across a portrait page prints on a landscape page
  // of its own (print.css's `@page wide`).
  const portraitScale = Math.min(1, PORTRAIT.width / width, PORTRAIT.height / height);
  const printWide = font * portraitScale < MIN_PRINT_LABEL_PX;

  const svgs = colours ? [svg] : (content.map((c) => c.children[0]) as Element[]);
  for (const s of svgs) finish(s, isMdx);

  // The button is described by the diagram's title (accTitle), when it has one.
  const titleId = `chart-title-${id}`;
  let hasTitle = false;
  visitParents(scoped, 'element', (node) => {
    if (node.properties.id === titleId) hasTitle = true;
  });
  const button: Element = {
    type: 'element',
    tagName: 'button',
    properties: {
      type: 'button',
      id: zoomId,
      className: ['diagram-zoom'],
      dataDiagramZoom: '',
    },
    children: [{ type: 'text', value: 'Open full size' }],
  };
  if (hasTitle) button.properties.ariaDescribedBy = [titleId];
  return {
    type: 'element',
    tagName: 'figure',
    properties: {
      className: printWide ? ['diagram', 'diagram-print-wide'] : ['diagram'],
      dataDiagram: '',
      dataDiagramWidth: String(Math.round(width)),
      dataDiagramHeight: String(Math.round(height)),
      dataDiagramFont: String(font),
    },
    children: [...content, button],
  };
}

/**
 * The text of every <style> inside a figure: plain hast <style> elements (Markdown) and
 * the MDX `<style set:html>` elements that mdxStyle() makes.
 */
export function figureStyles(figure: Element): string[] {
  const styles: string[] = [];
  const walk = (node: ElementContent | Element): void => {
    const mdx = node as unknown as { type: string; name?: string; attributes?: { name: string; value: unknown }[] };
    if (mdx.type === 'mdxJsxFlowElement' && mdx.name === 'style') {
      const css = mdx.attributes?.find((a) => a.name === 'set:html')?.value;
      if (typeof css === 'string') styles.push(css);
      return;
    }
    if (node.type !== 'element') return;
    if (node.tagName === 'style') styles.push(styleText(node));
    else node.children.forEach(walk);
  };
  walk(figure);
  return styles;
}

/**
 * Lists the hashes of a page's diagram stylesheets in its remark-plugin frontmatter, for
 * its Content-Security-Policy (src/csp/content-styles.ts): they are <style> elements no
 * bundler sees, so nothing else knows their hashes.
 */
function recordStyleHashes(file: VFile, figures: Element[]): void {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  const hashes = new Set(figures.flatMap(figureStyles).map(sha256));
  data.astro.frontmatter[STYLE_HASHES_KEY] = [...hashes];
}

export interface Options {
  /** Astro's `base`, for the diagram files' URLs. */
  base?: string;
  /**
   * Write each diagram's drawing to this folder (the diagramFiles integration copies
   * the ones the built pages use into dist/) and show it through `<use>`; without it,
   * diagrams stay inline.
   */
  fileDir?: string;
}

export default function rehypeMermaidThemes(options: Options = {}) {
  const files: DiagramFiles | undefined = options.fileDir
    ? {
        base: options.base ?? '/',
        emit: (name, svg) => {
          mkdirSync(options.fileDir!, { recursive: true });
          writeFileSync(join(options.fileDir!, name), svg);
        },
      }
    : undefined;
  return async (tree: Root, file: VFile) => {
    const blocks: { node: Element; parent: Element | Root; source: string }[] = [];
    visitParents(tree, 'element', (node, ancestors) => {
      if (isMermaidBlock(node)) {
        blocks.push({ node, parent: ancestors.at(-1) as Element | Root, source: toText(node, { whitespace: 'pre' }) });
      }
    });
    if (blocks.length === 0) return;

    const path = String(file.path ?? file.history[0] ?? '');
    const isMdx = path.endsWith('.mdx');
    // IDs must be unique across the whole handbook too: the print view concatenates pages.
    const prefix = `mmd-${createHash('sha1').update(path).digest('hex').slice(0, 8)}`;
    const sources = blocks.map((b) => b.source);
    // Both themes with the same prefix, so the two renderings carry the same ids.
    const [light, dark] = await Promise.all(THEMES.map((t) => getRenderer()(sources, { prefix, mermaidConfig: t.config })));

    const figures: Element[] = [];
    blocks.forEach((block, i) => {
      const results = [light![i]!, dark![i]!];
      for (const result of results) {
        if (result.status === 'rejected') {
          const reason = result.reason as { message?: string };
          file.fail(`Mermaid diagram ${i + 1} could not be rendered: ${reason?.message ?? String(reason)}`, block.node);
        }
      }
      const [l, d] = results as PromiseFulfilledResult<RenderResult>[];
      const figure = diagramFigure({ id: `${prefix}-${i}`, light: l!.value, dark: d!.value, isMdx, files });
      figures.push(figure);
      const index = block.parent.children.indexOf(block.node);
      block.parent.children.splice(index, 1, figure);
    });
    recordStyleHashes(file, figures);
  };
}
