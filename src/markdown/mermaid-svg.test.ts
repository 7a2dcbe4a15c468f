import type { Element } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { bakeEndMarkers, mergeThemes, pathEndDirection, pruneCss, rebaseIds, scopeIds, slimSvg, smallestFontPx, styleText, svgElement, themeStyle } from './mermaid-svg';

const svg = (html: string): Element => svgElement(fromHtmlIsomorphic(html, { fragment: true }))!;
const ids = (el: Element) => [...toHtml(el).matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
const css = (el: Element) => styleText(el.children.find((c): c is Element => c.type === 'element' && c.tagName === 'style')!);

// The shape of mermaid's sequence-diagram output: ids it does not prefix (actor0, root-0).
const sequence = (n: number) =>
  svg(
    `<svg id="mmd-p-${n}" viewBox="0 0 100 50" aria-labelledby="chart-title-mmd-p-${n}"><title id="chart-title-mmd-p-${n}">T</title>` +
      `<style>#mmd-p-${n} #actor0{fill:red}#mmd-p-${n} .marker{fill:#333}</style>` +
      `<g id="root-0"><rect id="actor0" width="10" height="10"></rect></g>` +
      `<defs><marker id="mmd-p-${n}-arrowhead"><path d="M0 0"></path></marker></defs>` +
      `<line marker-end="url(#mmd-p-${n}-arrowhead)"></line><use href="#actor0"></use></svg>`,
  );

describe('scopeIds', () => {
  it('prefixes the ids mermaid leaves bare, and every reference to them', () => {
    const s = sequence(0);
    scopeIds(s, 'mmd-p-0');
    expect(ids(s).sort()).toEqual(['chart-title-mmd-p-0', 'mmd-p-0', 'mmd-p-0-actor0', 'mmd-p-0-arrowhead', 'mmd-p-0-root-0'].sort());
    const html = toHtml(s);
    expect(html).toContain('href="#mmd-p-0-actor0"');
    expect(css(s)).toContain('#mmd-p-0 #mmd-p-0-actor0{fill:red}');
    expect(html).toContain('marker-end="url(#mmd-p-0-arrowhead)"');
    expect(html).toContain('aria-labelledby="chart-title-mmd-p-0"');
  });

  it('leaves two sequence diagrams on one page with no id in common', () => {
    const [a, b] = [sequence(0), sequence(1)];
    scopeIds(a, 'mmd-p-0');
    scopeIds(b, 'mmd-p-1');
    const all = [...ids(a), ...ids(b)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('rebaseIds gives a second copy ids of its own', () => {
    const s = sequence(0);
    rebaseIds(s, 'mmd-p-0', 'mmd-p-0-dark');
    expect(ids(s)).toContain('mmd-p-0-dark');
    expect(ids(s)).toContain('chart-title-mmd-p-0-dark');
    expect(toHtml(s)).toContain('url(#mmd-p-0-dark-arrowhead)');
    expect(ids(s).filter((id) => /mmd-p-0(?!-dark)(\b|-)/.test((id ?? '').replace('mmd-p-0-dark', '')))).toEqual([]);
  });
});

describe('pruneCss', () => {
  const tree = svg('<svg id="d"><g class="node"><rect></rect></g><path class="edge"></path></svg>');
  it('keeps rules that match and drops those that match nothing', () => {
    const out = pruneCss('#d .node rect{fill:red}#d .cluster rect{fill:blue}#d .edge:hover{stroke:red}', tree);
    expect(out).toContain('.node rect');
    expect(out).not.toContain('.cluster');
    // State pseudo-classes are matched without the state.
    expect(out).toContain('.edge:hover');
  });
  it('trims selector lists and drops unused keyframes', () => {
    const out = pruneCss('#d .node,#d .nope{fill:red}@keyframes dash{to{stroke-dashoffset:0}}#d .x{animation:dash 1s}', tree);
    expect(out).toContain('#d .node{fill:red}');
    expect(out).not.toContain('nope');
    expect(out).not.toContain('@keyframes');
  });
});

describe('slimSvg', () => {
  const flowchart = () =>
    svg(
      '<svg id="f" viewBox="0 0 10 10"><style>#f .flowchart-link{stroke:#333}#f .cluster rect{fill:#ffd}#f [data-look="neo"] rect{stroke:red}</style>' +
        '<marker id="f_pointEnd"><path d="M0 0"></path></marker><marker id="f_crossEnd"><path d="M1 1"></path></marker>' +
        '<filter id="f-drop-shadow"></filter>' +
        '<path class="flowchart-link flowchart-link" d="M1.23456,2.5L3.999999,4" data-points="W3siIn0=" data-look="classic" marker-end="url(#f_pointEnd)" style=";"></path>' +
        '<g class="edgeLabel"><g class="label"><text><tspan></tspan></text></g></g><g><rect class="background"></rect></g>' +
        '<g class="node" id="f-flowchart-A-0" transform="translate(88.9765625, 31.5)"><text><tspan class="row" x="0" dy="1.1em"><tspan class="w">Offline</tspan><tspan class="w"> metrics</tspan></tspan></text></g></svg>',
    );

  it('keeps the arrowheads edges use and drops the other markers and filters', () => {
    const s = flowchart();
    slimSvg(s);
    expect(ids(s)).toContain('f_pointEnd');
    expect(ids(s)).not.toContain('f_crossEnd');
    expect(ids(s)).not.toContain('f-drop-shadow');
    expect(toHtml(s)).toContain('marker-end="url(#f_pointEnd)"');
  });

  it('drops interaction data, empty labels, unused ids and CSS, and duplicate classes', () => {
    const s = flowchart();
    slimSvg(s);
    const html = toHtml(s);
    expect(html).not.toContain('data-points');
    expect(html).not.toContain('data-look');
    expect(html).not.toContain('edgeLabel');
    expect(html).not.toContain('class="background"');
    expect(html).not.toContain('style=";"');
    expect(html).not.toContain('f-flowchart-A-0');
    expect(css(s)).toContain('.flowchart-link');
    expect(css(s)).not.toContain('.cluster');
    expect(html).toContain('class="flowchart-link"');
  });

  it('keeps tspans that CSS styles', () => {
    const s = svg('<svg id="q"><style>#q text.actor>tspan{fill:red}</style><text class="actor"><tspan x="1">A</tspan></text></svg>');
    slimSvg(s);
    expect(toHtml(s)).toContain('<text class="actor"><tspan x="1">A</tspan></text>');
  });

  it('joins per-word tspans into one and rounds coordinates to hundredths', () => {
    const s = flowchart();
    slimSvg(s);
    const html = toHtml(s);
    // …and a one-line label's tspan folds into its <text>, which takes its position.
    expect(html).toContain('<text x="0" dy="1.1em">Offline metrics</text>');
    expect(html).not.toContain('<tspan');
    expect(html).toContain('d="M1.23,2.5L4,4"');
    expect(html).toContain('translate(88.98, 31.5)');
    expect(html).toContain('viewBox="0 0 10 10"');
  });
});

describe('mergeThemes and themeStyle', () => {
  const render = (fill: string, text: string, flood: string) =>
    svg(
      `<svg id="t"><style>#t{fill:${text};}#t .node rect{fill:${fill}!important;stroke:#999;}</style>` +
        `<filter id="t-s"><feDropShadow flood-color="${flood}"></feDropShadow></filter>` +
        '<g class="node" filter="url(#t-s)"><rect width="1" height="1"></rect></g></svg>',
    );

  it('turns every value that differs between the themes into a custom property', () => {
    const light = render('#ECECFF', '#333', '#000000');
    const colours = mergeThemes(light, render('#1f2020', '#ccc', '#FFFFFF'));
    expect(colours).toBeDefined();
    expect(colours!.map((c) => [c.light, c.dark])).toEqual([
      ['#333', '#ccc'],
      ['#ECECFF', '#1f2020'],
      ['#000000', '#FFFFFF'],
    ]);
    expect(css(light)).toContain('#t .node rect{fill:var(--c1)!important;stroke:#999;}');
    // var() only works in CSS, so a colour attribute moves into style.
    expect(toHtml(light)).toContain('style="flood-color:var(--c2)"');
    expect(toHtml(light)).not.toContain('flood-color="');
  });

  it('defines the variables light by default and in print, dark under the dark theme', () => {
    const light = render('#ECECFF', '#333', '#000000');
    const colours = mergeThemes(light, render('#1f2020', '#ccc', '#FFFFFF'))!;
    themeStyle(light, colours, '#t');
    const text = css(light);
    expect(text.startsWith('#t{--c0:#333;--c1:#ECECFF;--c2:#000000}')).toBe(true);
    expect(text).toContain("@media not print{:root[data-theme='dark'] #t{--c0:#ccc;--c1:#1f2020;--c2:#FFFFFF}}");
  });

  it('defines only the variables the slimmed SVG still uses', () => {
    const light = render('#ECECFF', '#333', '#000000');
    const colours = mergeThemes(light, render('#1f2020', '#ccc', '#FFFFFF'))!;
    themeStyle(light, [...colours, { name: '--c9', light: 'red', dark: 'blue' }], '#t');
    expect(css(light)).not.toContain('--c9');
  });

  it('refuses renderings that differ in structure', () => {
    const a = svg('<svg id="t"><g><rect width="1" height="1"></rect></g></svg>');
    const b = svg('<svg id="t"><g><circle r="1"></circle></g></svg>');
    expect(mergeThemes(a, b)).toBeUndefined();
    const c = svg('<svg id="t"><style>#t .a{fill:red}</style></svg>');
    const d = svg('<svg id="t"><style>#t .b{fill:red}</style></svg>');
    expect(mergeThemes(c, d)).toBeUndefined();
  });
});

describe('smallestFontPx', () => {
  it('reads font sizes from the CSS and from attributes', () => {
    expect(smallestFontPx(svg('<svg><style>#x{font-size:16px}#x .note{font-size:14px}</style></svg>'))).toBe(14);
    expect(smallestFontPx(svg('<svg><text font-size="12">a</text><text style="font-size: 11px">b</text></svg>'))).toBe(11);
    expect(smallestFontPx(svg('<svg><text>a</text></svg>'))).toBe(16);
  });
});

describe('pathEndDirection', () => {
  it('is the direction of the last segment, the last control point for a curve', () => {
    expect(pathEndDirection('M0,0L10,0')).toBe(0);
    expect(pathEndDirection('M0,0L0,10')).toBe(90);
    expect(pathEndDirection('M10,0L0,0')).toBe(180);
    // Mermaid's edges: straight, then a curve whose last control point sets the direction.
    expect(pathEndDirection('M83.19,55L83.19,60.92C83.19,66.83,83.19,78.67,83.19,89.83L83.19,122')).toBe(90);
    expect(pathEndDirection('M0,0C0,10,10,10,10,20')).toBe(90);
    expect(pathEndDirection('M0 0 l 5 5')).toBe(45);
    expect(pathEndDirection('M0,0H-4')).toBe(180);
  });

  it('gives up on what it cannot follow (arcs, a path with no length)', () => {
    expect(pathEndDirection('M0,0A5,5,0,0,1,10,0')).toBeUndefined();
    expect(pathEndDirection('M0,0')).toBeUndefined();
  });
});

describe('bakeEndMarkers', () => {
  const flow = () =>
    svg(
      '<svg id="f" viewBox="0 0 100 100"><style>#f .marker{fill:var(--c3);stroke:var(--c3);}#f [id$="-arrowhead"] path{fill:var(--c9);}</style>' +
        '<marker id="f_pointEnd" class="marker flowchart-v2" viewBox="0 0 10 10" refX="5" refY="5" markerUnits="userSpaceOnUse" markerWidth="8" markerHeight="8" orient="auto">' +
        '<path d="M 0 0 L 10 5 L 0 10 z" style="stroke-width: 1;"></path></marker>' +
        '<marker id="f-arrowhead" refX="7.9" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto-start-reverse"><path d="M -1 0 L 10 5 L 0 10 z"></path></marker>' +
        '<marker id="f-wide"><path d="M0 0"></path></marker>' +
        '<g><path class="flowchart-link" d="M10,10L10,50" marker-end="url(#f_pointEnd)"></path></g>' +
        '<line x1="90" y1="60" x2="20" y2="60" marker-end="url(#f-arrowhead)"></line>' +
        '<line x1="0" y1="0" x2="5" y2="5" marker-end="url(#f-wide)"></line></svg>',
    );

  it('draws each arrowhead after its line: at the end point, turned along it, scaled from the marker viewBox', () => {
    const s = flow();
    bakeEndMarkers(s);
    const html = toHtml(s);
    expect(html).toContain(
      '<path class="flowchart-link" d="M10,10L10,50"></path><g class="marker flowchart-v2" style="fill:var(--c3);stroke:var(--c3)" transform="translate(10,50) rotate(90) scale(0.8) translate(-5,-5)"><path d="M 0 0 L 10 5 L 0 10 z" style="stroke-width: 1;"></path></g>',
    );
    // Styled through a selector on the marker's id, which the drawn copy cannot carry.
    expect(html).toContain('<g transform="translate(20,60) rotate(180) translate(-7.9,-5)"><path d="M -1 0 L 10 5 L 0 10 z" style="fill:var(--c9)"></path></g>');
  });

  it('leaves a marker it cannot redraw exactly (sized by stroke width, the default) as a marker', () => {
    const s = flow();
    bakeEndMarkers(s);
    expect(toHtml(s)).toContain('marker-end="url(#f-wide)"');
    slimSvg(s);
    expect(ids(s)).toEqual(['f', 'f-wide']);
  });
});
