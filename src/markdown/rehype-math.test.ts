import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeMath, { MATH_CSS, texToMathml } from './rehype-math';

/** What remark-math → remark-rehype hand over: inline `<code>`, display `<pre><code>`. */
const inline = (tex: string): Element => ({ type: 'element', tagName: 'code', properties: { className: ['language-math', 'math-inline'] }, children: [{ type: 'text', value: tex }] });
const display = (tex: string): Element => ({
  type: 'element',
  tagName: 'pre',
  properties: {},
  children: [{ type: 'element', tagName: 'code', properties: { className: ['language-math', 'math-display'] }, children: [{ type: 'text', value: tex }] }],
});
const page = (...children: Element[]): Root => ({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Rate ' }, ...children.filter((c) => c.tagName === 'code')] }, ...children.filter((c) => c.tagName === 'pre')] });
const run = (tree: Root, path: string) => {
  rehypeMath()(tree, new VFile({ path }));
  return tree;
};
const html = (tree: Root) => toHtml({ ...tree, children: tree.children.filter((c) => c.type !== ('mdxjsEsm' as never)) });

describe('texToMathml', () => {
  it('writes MathML Core with no TeX annotation', () => {
    const math = toHtml(texToMathml('\\frac{D \\times a}{86{,}400}', true));
    expect(math).toMatch(/^<math[^>]*display="block"/);
    expect(math).toContain('<mfrac>');
    expect(math).toContain('<mi>D</mi>');
    expect(math).toContain('<mn>86,400</mn>');
    expect(math).not.toContain('annotation');
    expect(math).not.toContain('\\frac');
    expect(math).toContain('data-pagefind-ignore');
  });
});

describe('rehypeMath', () => {
  it('replaces inline and display math, keeps display formulas in a focusable scrolling box', () => {
    const tree = run(page(inline('p_1'), display('\\sum_i x_i')), '/docs/a.mdx');
    const out = html(tree);
    expect(out).not.toContain('language-math');
    expect(out).toMatch(/<p>Rate <math data-pagefind-ignore=""[^>]*><msub><mi>p<\/mi><mn>1<\/mn><\/msub><\/math><\/p>/);
    expect(out).toMatch(/<div class="math-display" tabindex="0" data-pagefind-ignore=""><math[^>]*display="block"/);
    expect(out).not.toContain('<pre>');
  });

  it('imports the math stylesheet into MDX pages that have math, and only those', () => {
    const withMath = run(page(inline('x')), '/docs/a.mdx');
    const esm = withMath.children[0] as unknown as { type: string; data: { estree: { body: { type: string; source: { value: string } }[] } } };
    expect(esm.type).toBe('mdxjsEsm');
    expect(esm.data.estree.body[0]!.type).toBe('ImportDeclaration');
    expect(esm.data.estree.body[0]!.source.value).toBe(MATH_CSS);
    expect(MATH_CSS).toMatch(/src\/styles\/math\.css$/);

    const without: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'No formulas.' }] }] };
    run(without, '/docs/b.mdx');
    expect(without.children).toHaveLength(1);
  });

  it('gives a Markdown (.md) page its math styles inline, without the font rule Vite would resolve', () => {
    const tree = run(page(inline('x')), '/docs/a.md');
    const style = tree.children.at(-1) as Element;
    expect(style.tagName).toBe('style');
    const css = toHtml(style);
    expect(css).toContain('.math-display');
    expect(css).not.toContain('@font-face');
    expect(css).not.toContain('@import');
  });

  it('fails the build on invalid TeX, naming the formula', () => {
    expect(() => run(page(inline('\\frac{1}{')), '/docs/a.mdx')).toThrow(/Invalid TeX in inline math "\\frac\{1\}\{"/);
  });
});

describe('tidyMathml', () => {
  it('drops mrows that group a single non-operator and joins neighbouring text runs', () => {
    const math = toHtml(texToMathml('200\\text{M}\\ \\text{B} + {x} + {=}', false));
    const grouped = toHtml(texToMathml('\\sum_{i} {(a)}', false));
    expect(grouped).toContain('<mrow><mo fence="true"');
    expect(math).toMatch(/^<math data-pagefind-ignore=""><mn>200<\/mn>/);
    expect(math).toContain('<mtext>M\u00a0B</mtext>');
    expect(math).toContain('<mo>+</mo><mi>x</mi><mo>+</mo>');
    // {=} keeps TeX's meaning (no spacing around a braced operator).
    expect(math).toContain('<mo lspace="0em" rspace="0em">=</mo>');
  });
});
