/**
 * Typesets the `$…$` and `$$…$$` that remark-math marks, at build time, as MathML (Temml),
 * which browsers lay out natively. It replaces KaTeX's HTML output, which was 60 % of
 * the metrics chapter's DOM (5,000 inline-styled spans), needed 8 KB of CSS on every page
 * and 40–90 KB of fonts that blocked text.
 *
 * - Formulas use the reader's system math font (Cambria Math, STIX Two Math, Noto Sans
 *   Math…), so no font is downloaded; src/styles/math.css sets the stack.
 * - Only pages with math load math.css: the plugin adds an `import` of it to the MDX
 *   module (Astro then links it from the pages that render that entry). A plain .md page
 *   cannot import, so it gets the CSS inline.
 * - The MathML carries no TeX source (no annotation), and every formula is marked
 *   `data-pagefind-ignore`, so search excerpts never show formula fragments.
 * - A display formula wider than the column scrolls inside its own box, which is
 *   focusable so keyboard users can scroll it too (WCAG 2.1.1).
 * - Invalid TeX fails the build with the formula and the file, rather than printing red
 *   source on the page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { toText } from 'hast-util-to-text';
import temml from 'temml';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';

export const MATH_CSS = fileURLToPath(new URL('../styles/math.css', import.meta.url));

function classes(node: Element): string[] {
  const cls = node.properties.className;
  return Array.isArray(cls) ? cls.map(String) : [];
}

/** remark-math → remark-rehype writes `<code class="language-math math-inline|math-display">`. */
function mathKind(node: Element): 'inline' | 'display' | undefined {
  if (node.tagName !== 'code') return undefined;
  const cls = classes(node);
  if (!cls.includes('language-math')) return undefined;
  return cls.includes('math-display') ? 'display' : 'inline';
}

const bare = (e: Element) => Object.keys(e.properties).length === 0;
const rawText = (e: Element): string => e.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? rawText(c) : '')).join('');

/**
 * Fewer elements, same layout: an attribute-less <mrow> around a single element groups
 * nothing (unless that element is an operator, whose spacing the mrow suppresses, as TeX
 * braces do), <math> is itself a row, and neighbouring plain <mtext> runs are one text.
 * Every element counts towards a page's DOM budget; the metrics chapter has 1,000 here.
 */
export function tidyMathml(math: Element): void {
  if (math.children.length === 1) {
    const only = math.children[0]!;
    if (only.type === 'element' && only.tagName === 'mrow' && bare(only)) math.children = only.children;
  }
  const walk = (node: Element) => {
    const out: ElementContent[] = [];
    for (const original of node.children) {
      if (original.type !== 'element') {
        out.push(original);
        continue;
      }
      let child: Element = original;
      while (child.tagName === 'mrow' && bare(child) && child.children.length === 1) {
        const inner: ElementContent = child.children[0]!;
        if (inner.type !== 'element' || inner.tagName === 'mo') break;
        child = inner;
      }
      walk(child);
      const last = out.at(-1);
      if (last?.type === 'element' && last.tagName === 'mtext' && child.tagName === 'mtext' && bare(last) && bare(child)) {
        last.children = [{ type: 'text', value: rawText(last) + rawText(child) }];
      } else out.push(child);
    }
    node.children = out;
  };
  walk(math);
}

/** TeX → one <math> element (hast). Throws Temml's ParseError on invalid TeX. */
export function texToMathml(tex: string, displayMode: boolean): Element {
  const html = temml.renderToString(tex, { displayMode, throwOnError: true, annotate: false });
  const math = fromHtmlIsomorphic(html, { fragment: true }).children.find((c): c is Element => c.type === 'element');
  if (!math || math.tagName !== 'math') throw new Error(`Temml returned no <math> for ${tex}`);
  tidyMathml(math);
  math.properties.dataPagefindIgnore = '';
  return math;
}

/** An ES module import of `path`, as an MDX ESM node (what `import '…'` in MDX becomes). */
function mdxImport(path: string): RootContent {
  const node = {
    type: 'mdxjsEsm',
    value: `import ${JSON.stringify(path)};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [{ type: 'ImportDeclaration', specifiers: [], attributes: [], source: { type: 'Literal', value: path, raw: JSON.stringify(path) } }],
      },
    },
  };
  return node as unknown as RootContent;
}

/** math.css without its @font-face (whose relative URL only Vite can resolve), for .md pages. */
function inlineMathCss(): string {
  return readFileSync(MATH_CSS, 'utf8')
    .replace(/@import[^;]+;/g, '')
    .replace(/@font-face\s*\{[^}]*\}/g, '');
}

export default function rehypeMath() {
  return (tree: Root, file: VFile) => {
    let count = 0;
    visitParents(tree, 'element', (node, ancestors) => {
      const kind = mathKind(node);
      if (!kind) return;
      const tex = toText(node, { whitespace: 'pre' }).trim();
      let math: Element;
      try {
        math = texToMathml(tex, kind === 'display');
      } catch (error) {
        file.fail(`Invalid TeX in ${kind} math "${tex}": ${(error as Error).message}`, node);
      }
      count++;
      const parent = ancestors.at(-1) as Element | Root;
      // Display math arrives as <pre><code>: replace the <pre>.
      const pre = parent.type === 'element' && parent.tagName === 'pre' ? parent : undefined;
      const target = pre ?? node;
      const holder = (pre ? ancestors.at(-2) : parent) as Element | Root;
      const replacement: ElementContent =
        kind === 'display'
          ? { type: 'element', tagName: 'div', properties: { className: ['math-display'], tabIndex: 0, dataPagefindIgnore: '' }, children: [math!] }
          : math!;
      holder.children[holder.children.indexOf(target as never)] = replacement as never;
      return SKIP;
    });
    if (count === 0) return;
    const path = String(file.path ?? file.history[0] ?? '');
    if (path.endsWith('.mdx')) {
      tree.children.unshift(mdxImport(MATH_CSS));
    } else {
      tree.children.push({ type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: inlineMathCss() }] });
    }
  };
}
