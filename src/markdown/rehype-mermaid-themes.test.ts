import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { RenderResult } from 'mermaid-isomorphic';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { sha256, STYLE_HASHES_KEY } from '../csp/hash.mjs';
import rehypeMermaidThemes, { diagramFigure, figureStyles, MIN_LABEL_PX, type DiagramFiles } from './rehype-mermaid-themes';

const result = (svg: string, width = 400, height = 100): RenderResult => ({ id: 'fixture', svg, width, height });
/** A flowchart-like rendering in one theme. */
const rendering = (id: string, node: string, edge: string) =>
  result(
    `<svg id="${id}" viewBox="0 0 400 100" style="max-width: 400px;" aria-labelledby="chart-title-${id}"><title id="chart-title-${id}">Flow</title>` +
      `<style>#${id}{font-size:16px;fill:${edge};}#${id} .node rect{fill:${node};stroke-width:1px;}#${id} .flowchart-link{stroke:${edge};}</style>` +
      `<marker id="${id}_pointEnd"><path d="M0 0"></path></marker>` +
      `<path class="flowchart-link" d="M0,0L10,10" stroke-width="2" marker-end="url(#${id}_pointEnd)"></path>` +
      `<g class="node"><rect width="10" height="10"></rect><text><tspan x="0">Request</tspan></text></g></svg>`,
  );

const elements = (tree: Element | Root, tag: string) => {
  const out: Element[] = [];
  visit(tree, 'element', (n) => {
    if (n.tagName === tag) out.push(n);
  });
  return out;
};

describe('diagramFigure', () => {
  const figure = (isMdx: boolean) =>
    diagramFigure({ id: 'mmd-f-0', light: rendering('mmd-f-0', '#ECECFF', '#333'), dark: rendering('mmd-f-0', '#1f2020', 'lightgrey'), isMdx });

  it('holds one SVG whose colours are variables, light by default, dark under the dark theme', () => {
    const fig = figure(false);
    expect(elements(fig, 'svg')).toHaveLength(1);
    const css = toHtml(elements(fig, 'style')[0]!);
    expect(css).toContain('#mmd-f-0{--c0:#333;--c1:#ECECFF}');
    expect(css).toContain("@media not print{:root[data-theme='dark'] #mmd-f-0{--c0:lightgrey;--c1:#1f2020}}");
    expect(css).toContain('.node rect{fill:var(--c1)');
  });

  it('writes SVG attributes under their real names, so arrowheads survive MDX serialisation', () => {
    const path = elements(figure(true), 'path').find((p) => String(p.properties.className).includes('flowchart-link'))!;
    expect(path.properties['marker-end']).toBe('url(#mmd-f-0_pointEnd)');
    expect(path.properties['stroke-width']).toBe('2');
    expect(path.properties.markerEnd).toBeUndefined();
  });

  it('in MDX, passes the SVG <style> as set:html on a JSX element (a static <style> would be emptied)', () => {
    const fig = figure(true);
    expect(elements(fig, 'style')).toHaveLength(0);
    const jsx: { name: string; attributes: { name: string; value: string }[] }[] = [];
    visit(fig, (n) => {
      if ((n as { type: string }).type === 'mdxJsxFlowElement') jsx.push(n as never);
    });
    expect(jsx).toHaveLength(1);
    expect(jsx[0]!.name).toBe('style');
    expect(jsx[0]!.attributes[0]!.name).toBe('set:html');
    expect(jsx[0]!.attributes[0]!.value).toContain('.node rect{fill:var(--c1)');
  });

  it('finds the stylesheet text for the page policy, in Markdown and in MDX alike', () => {
    const [plain] = figureStyles(figure(false));
    expect(plain).toContain('.node rect{fill:var(--c1)');
    expect(figureStyles(figure(true))).toEqual([plain]);
  });

  it('adds a full-size button that its own container query hides where labels reach 9 px', () => {
    const fig = figure(false);
    const button = elements(fig, 'button')[0]!;
    expect(button.properties.id).toBe('mmd-f-0-zoom');
    expect(button.properties.type).toBe('button');
    expect(button.properties.ariaDescribedBy).toEqual(['chart-title-mmd-f-0']);
    // 400 px wide with 16 px labels: labels reach 9 px at 400 × 9 / 16 = 225 px.
    expect(Math.ceil((400 * MIN_LABEL_PX) / 16)).toBe(225);
    expect(toHtml(elements(fig, 'style')[0]!)).toContain('@container (min-width: 225px){#mmd-f-0-zoom{display:none}}');
    expect(fig.properties.dataDiagramWidth).toBe('400');
  });

  it('keeps both renderings, with distinct ids, when they differ in more than colours', () => {
    const dark = result(rendering('mmd-f-0', '#1f2020', 'lightgrey').svg.replace('<g class="node">', '<g class="node"><circle r="1"></circle>'));
    const fig = diagramFigure({ id: 'mmd-f-0', light: rendering('mmd-f-0', '#ECECFF', '#333'), dark, isMdx: false });
    const svgs = elements(fig, 'svg');
    expect(svgs.map((s) => s.properties.id)).toEqual(['mmd-f-0', 'mmd-f-0-dark']);
    const ids = [...toHtml(fig).matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('diagramFigure with files', () => {
  const written = new Map<string, string>();
  const files: DiagramFiles = { base: '/handbook', emit: (name, svg) => written.set(name, svg) };
  const fig = diagramFigure({ id: 'mmd-f-0', light: rendering('mmd-f-0', '#ECECFF', '#333'), dark: rendering('mmd-f-0', '#1f2020', 'lightgrey'), isMdx: false, files });
  const [name, file] = [...written][0]!;

  it('writes the drawing to one content-hashed file, under the base path', () => {
    expect(written.size).toBe(1);
    expect(name).toMatch(/^mmd-f-0\.[0-9a-f]{10}\.svg$/);
    const use = elements(fig, 'use')[0]!;
    expect(use.properties.href).toBe(`/handbook/_astro/diagrams/${name}#mmd-f-0`);
    // The file is an SVG document whose root is what <use> points at, with the shapes,
    // labels and the diagram's CSS (colours as variables), and no theme values of its own.
    expect(file).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" id="mmd-f-0" viewBox="0 0 400 100">/);
    expect(file).toContain('>Request</text>');
    expect(file).toContain('.node rect{fill:var(--c1)');
    expect(file).not.toContain('#ECECFF');
    expect(file).not.toContain('<title');
  });

  it('keeps on the page the box, the accessible name, the theme colours and the zoom rule', () => {
    const svg = elements(fig, 'svg')[0]!;
    expect(svg.properties.viewBox).toBe('0 0 400 100');
    expect(svg.properties['aria-labelledby']).toBe('chart-title-mmd-f-0');
    expect(elements(svg, 'title')[0]!.children).toEqual([{ type: 'text', value: 'Flow' }]);
    const css = toHtml(elements(fig, 'style')[0]!);
    expect(css).toContain('#mmd-f-0{--c0:#333;--c1:#ECECFF}');
    expect(css).toContain("@media not print{:root[data-theme='dark'] #mmd-f-0{--c0:lightgrey;--c1:#1f2020}}");
    expect(css).toContain('@container (min-width: 225px){#mmd-f-0-zoom{display:none}}');
    expect(css).not.toContain('.node rect');
    expect(elements(svg, 'text')).toHaveLength(0);
  });

  it('names a changed drawing differently', () => {
    const edited = (node: string, edge: string) => result(rendering('mmd-f-0', node, edge).svg.replace('Request', 'Query'));
    diagramFigure({ id: 'mmd-f-0', light: edited('#ECECFF', '#333'), dark: edited('#1f2020', 'lightgrey'), isMdx: false, files });
    expect(written.size).toBe(2);
  });
});

/** MDX's JSX <style set:html> back to a plain <style>, so hast-util-to-html can print the tree. */
function withPlainStyles(tree: Root): Root {
  visit(tree, (node, index, parent) => {
    const n = node as unknown as { type: string; name?: string; attributes?: { value: string }[] };
    if (n.type !== 'mdxJsxFlowElement' || !parent || index === undefined) return;
    parent.children[index] = { type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: n.attributes![0]!.value }] } as never;
  });
  return tree;
}

describe('rehypeMermaidThemes (real mermaid in Chromium)', () => {
  const code = (source: string): Element => ({
    type: 'element',
    tagName: 'pre',
    properties: {},
    children: [{ type: 'element', tagName: 'code', properties: { className: ['language-mermaid'] }, children: [{ type: 'text', value: source }] }],
  });
  const sequence = 'sequenceDiagram\n  accTitle: Two actors\n  accDescr: A asks, B answers.\n  participant A as Client\n  participant B as Server\n  A->>B: Ask\n  B-->>A: Answer';
  const flow = 'flowchart LR\n  accTitle: A small flow\n  accDescr: Request to response.\n  A["Request"] -->|"scored"| B["Response"]';

  it('renders every diagram once, themed, with ids unique across pages', { timeout: 120_000 }, async () => {
    const pages: Root[] = [];
    const files: VFile[] = [];
    for (const file of ['/docs/a.mdx', '/docs/b.md']) {
      const tree: Root = { type: 'root', children: [code(sequence), code(flow), code(sequence)] };
      const vfile = new VFile({ path: file });
      await rehypeMermaidThemes()(tree, vfile);
      pages.push(tree);
      files.push(vfile);
    }
    // Each page lists the hash of every diagram stylesheet it carries, for its CSP.
    for (const [i, tree] of pages.entries()) {
      const recorded = (files[i]!.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter[STYLE_HASHES_KEY];
      const css = elements(tree, 'figure').flatMap(figureStyles);
      expect(css).toHaveLength(3);
      expect(recorded).toEqual([...new Set(css.map(sha256))]);
    }
    const html = pages.map((t) => toHtml(withPlainStyles(t))).join('');
    expect(html).not.toContain('language-mermaid');
    for (const tree of pages) {
      const figures = elements(tree, 'figure');
      expect(figures).toHaveLength(3);
      for (const f of figures) expect(elements(f, 'svg')).toHaveLength(1);
    }
    // Mermaid writes actor0, root-0… into every sequence diagram; here no id repeats,
    // as the whole-handbook print view needs.
    const ids = [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // Accessibility from accTitle/accDescr, arrowheads as real attributes.
    expect(html).toContain('>Two actors</title>');
    expect(html).toContain('>A asks, B answers.</desc>');
    // Arrowheads are drawn in place (a marker would not take the theme's colours from a
    // file shown through <use>), with the marker's CSS written on them.
    expect(html).not.toContain('marker-end');
    expect(html).toMatch(/<g class="marker flowchart-v2" style="fill:var\(--c\d+\);stroke:var\(--c\d+\)" transform="translate\([\d.]+,[\d.]+\) rotate\(0\) scale\(0.8\) translate\(-5,-5\)">/);
    expect(html).toContain(":root[data-theme='dark']");
    expect(html).toContain('Request');
  });
});
