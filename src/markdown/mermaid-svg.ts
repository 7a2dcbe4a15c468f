/**
 * Pure transforms of mermaid's SVG output (as hast), used by rehype-mermaid-themes:
 *
 * - scopeIds: every id inside a diagram starts with the diagram's own id, so two diagrams
 *   on a page (or in the whole-handbook print view, which concatenates pages) never share
 *   one. Mermaid prefixes most ids, but not all: sequence diagrams write `actor0`,
 *   `root-0`… in every diagram.
 * - slimSvg: drops what a static page never uses: interaction data (`data-points` holds
 *   base64 edge coordinates), unreferenced ids, arrowhead markers and filters no edge
 *   points at, and CSS rules that match nothing in the diagram. Mermaid writes a dozen
 *   markers and some 9 KB of CSS into every diagram, whatever it contains.
 * - themeable: from a light and a dark rendering of the same diagram, one SVG whose
 *   colours are CSS custom properties: light by default and in print, dark under
 *   Starlight's `:root[data-theme='dark']`. Returns undefined when the two renderings
 *   differ in anything but colours (then both are kept, as before).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { selectAll } from 'hast-util-select';
import postcss, { type ChildNode, type Declaration, type Root as CssRoot, type Rule } from 'postcss';
import { visit } from 'unist-util-visit';

/** Attributes that hold an id reference as `#id` (whole value) or as a list of ids. */
const HREF_ATTRIBUTES = new Set(['href', 'xlink:href', 'xLinkHref']);
const IDREF_LIST_ATTRIBUTES = new Set(['aria-labelledby', 'aria-describedby', 'ariaLabelledBy', 'ariaDescribedBy']);

function styleElements(svg: Element): Element[] {
  const out: Element[] = [];
  visit(svg, 'element', (node) => {
    if (node.tagName === 'style') out.push(node);
  });
  return out;
}

export function styleText(style: Element): string {
  return style.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
}

export function setStyleText(style: Element, css: string): void {
  style.children = [{ type: 'text', value: css } satisfies Text];
}

function ids(svg: Element): string[] {
  const out: string[] = [];
  visit(svg, 'element', (node) => {
    if (typeof node.properties.id === 'string') out.push(node.properties.id);
  });
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Rewrites `#old` references (CSS selectors, url(#old), href="#old") through `rename`. */
function renameReferences(text: string, rename: Map<string, string>): string {
  if (rename.size === 0) return text;
  const pattern = new RegExp(`#(${[...rename.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\w-])`, 'g');
  return text.replace(pattern, (_m, id: string) => `#${rename.get(id)}`);
}

/**
 * Makes every id in the diagram start with `prefix` (the diagram's own id), updating the
 * references to it: url(#…) in attributes and CSS, href, ARIA id lists, CSS selectors.
 */
export function scopeIds(svg: Element, prefix: string): void {
  const rename = new Map<string, string>();
  for (const id of ids(svg)) {
    if (id !== prefix && !id.startsWith(`${prefix}-`) && !id.startsWith(`${prefix}_`) && !id.endsWith(`-${prefix}`)) {
      rename.set(id, `${prefix}-${id}`);
    }
  }
  renameIds(svg, rename);
}

/** Applies `rename` to ids and to every reference to them. */
function renameIds(svg: Element, rename: Map<string, string>): void {
  if (rename.size === 0) return;
  visit(svg, 'element', (node) => {
    for (const [key, value] of Object.entries(node.properties)) {
      if (key === 'id' && typeof value === 'string') {
        node.properties.id = rename.get(value) ?? value;
      } else if (IDREF_LIST_ATTRIBUTES.has(key)) {
        const list = Array.isArray(value) ? value.map(String) : String(value).split(/\s+/);
        node.properties[key] = list.map((id) => rename.get(id) ?? id).join(' ');
      } else if (typeof value === 'string' && (value.includes('#') || HREF_ATTRIBUTES.has(key))) {
        node.properties[key] = renameReferences(value, rename);
      }
    }
    if (node.tagName === 'style') setStyleText(node, renameReferences(styleText(node), rename));
  });
}

/** Attributes mermaid writes for its own scripts (tooltips, animation), useless in a static page. */
const INTERACTION_ATTRIBUTES = ['data-points', 'dataPoints', 'data-et', 'dataEt', 'data-edge', 'dataEdge', 'data-id', 'dataId'];

/** Every `#id` mentioned anywhere in the diagram: attribute values and CSS. */
function referencedIds(svg: Element): Set<string> {
  const out = new Set<string>();
  const collect = (text: string) => {
    for (const m of text.matchAll(/#([\w-]+)/g)) out.add(m[1]!);
  };
  visit(svg, 'element', (node) => {
    for (const [key, value] of Object.entries(node.properties)) {
      if (key === 'id' || value === undefined || value === null) continue;
      if (IDREF_LIST_ATTRIBUTES.has(key)) {
        for (const id of Array.isArray(value) ? value.map(String) : String(value).split(/\s+/)) out.add(id);
      } else collect(Array.isArray(value) ? value.join(' ') : String(value));
    }
    if (node.tagName === 'style') collect(styleText(node));
  });
  return out;
}

/** Whether a CSS selector (one of a rule's comma-separated list) matches anything in `svg`. */
function selectorMatches(selector: string, svg: Element): boolean {
  // State pseudo-classes never match at build time, but would in the browser: drop them
  // before matching. Pseudo-elements likewise.
  const plain = selector
    .replace(/::?(?:before|after|hover|focus|focus-visible|focus-within|active|visited|link|first-line|first-letter)\b/g, '')
    .trim();
  if (!plain) return true;
  try {
    return selectAll(plain, svg).length > 0;
  } catch {
    return true; // a selector hast-util-select cannot evaluate is kept
  }
}

/** Removes CSS rules whose selectors match nothing in the diagram, and keyframes no kept rule uses. */
export function pruneCss(css: string, svg: Element): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as { name: string }).name)) return;
    const kept = rule.selectors.filter((s) => selectorMatches(s, svg));
    if (kept.length === 0) rule.remove();
    else if (kept.length !== rule.selectors.length) rule.selectors = kept;
  });
  const animations = new Set<string>();
  root.walkDecls(/^animation(-name)?$/, (decl) => {
    for (const word of decl.value.split(/[\s,]+/)) animations.add(word);
  });
  root.walkAtRules(/keyframes$/i, (at) => {
    if (!animations.has(at.params.trim())) at.remove();
  });
  root.walkAtRules((at) => {
    if (at.nodes && at.nodes.length === 0) at.remove();
  });
  return root.toString();
}

const hasText = (node: Element): boolean =>
  node.children.some((c) => (c.type === 'text' ? c.value.trim() !== '' : c.type === 'element' && hasText(c)));

/**
 * Shapes that draw nothing: mermaid writes an empty label (a <g> with an empty <text> and
 * a <rect> with no size) for every edge without one, and an empty <rect> in every node.
 */
function dropEmptyShapes(svg: Element): void {
  visit(svg, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const p = node.properties;
    const empty =
      (node.tagName === 'rect' && (p.width === undefined || p.height === undefined) && node.children.length === 0) ||
      ((node.tagName === 'text' || node.tagName === 'tspan') && !hasText(node)) ||
      (node.tagName === 'g' && Array.isArray(p.className) && p.className.includes('edgeLabel') && !hasText(node));
    if (empty) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  // Groups left with nothing in them.
  let again = true;
  while (again) {
    again = false;
    visit(svg, 'element', (node, index, parent) => {
      if (!parent || index === undefined || node.tagName !== 'g' || node.children.length > 0 || node.properties.id) return;
      parent.children.splice(index, 1);
      again = true;
      return index;
    });
  }
}

/**
 * Mermaid writes every word of a label as its own <tspan> with the same attributes; runs
 * of those with no position of their own render exactly as one tspan with the joined text.
 */
function mergeTspans(svg: Element): void {
  const positioned = (e: Element) => ['x', 'y', 'dx', 'dy', 'rotate'].some((k) => e.properties[k] !== undefined);
  const plain = (e: ElementContent): e is Element =>
    e.type === 'element' && e.tagName === 'tspan' && !positioned(e) && e.children.every((c) => c.type === 'text');
  visit(svg, 'element', (node) => {
    const out: ElementContent[] = [];
    for (const child of node.children) {
      const last = out.at(-1);
      if (last && plain(child) && plain(last) && JSON.stringify(last.properties) === JSON.stringify(child.properties)) {
        const text = last.children[0] as Text;
        text.value += (child.children as Text[]).map((t) => t.value).join('');
      } else {
        if (plain(child) && child.children.length > 1) child.children = [{ type: 'text', value: (child.children as Text[]).map((t) => t.value).join('') }];
        out.push(child);
      }
    }
    node.children = out;
  });
  // A line's one inner tspan folds into the outer (positioned) one.
  visit(svg, 'element', (node) => {
    if (node.tagName !== 'tspan' || node.children.length !== 1) return;
    const inner = node.children[0]!;
    if (!plain(inner)) return;
    const clash = Object.keys(inner.properties).some((k) => k !== 'className' && node.properties[k] !== undefined);
    if (clash) return;
    const cls = [...(Array.isArray(node.properties.className) ? node.properties.className : []), ...(Array.isArray(inner.properties.className) ? inner.properties.className : [])];
    node.properties = { ...node.properties, ...inner.properties, ...(cls.length ? { className: cls } : {}) };
    node.children = inner.children;
  });
}

/**
 * A one-line label is `<text><tspan x y dy>words</tspan></text>`: the tspan's position
 * overrides the text's, so the text can take it and the tspan go, when no CSS rule
 * targets tspans or the tspan's classes.
 */
function foldLineTspans(svg: Element, css: string): void {
  if (/tspan/.test(css)) return;
  const referenced = (cls: unknown) => Array.isArray(cls) && cls.some((c) => new RegExp(`\\.${escapeRegExp(String(c))}(?![\\w-])`).test(css));
  visit(svg, 'element', (node) => {
    if (node.tagName !== 'text' || node.children.length !== 1) return;
    const tspan = node.children[0]!;
    if (tspan.type !== 'element' || tspan.tagName !== 'tspan' || !tspan.children.every((c) => c.type === 'text')) return;
    if (referenced(tspan.properties.className)) return;
    const { className: _unused, ...position } = tspan.properties;
    node.properties = { ...node.properties, ...position };
    node.children = tspan.children;
  });
}

/** `<g>` with no attributes around a single element groups nothing. */
function unwrapBareGroups(svg: Element, css: string): void {
  // A child combinator or a `g` type selector could depend on the wrapper: leave it then.
  if (/(^|[\s>+~,(])g(?![\w-])/.test(css.replace(/\{[^}]*\}/g, '{}'))) return;
  visit(svg, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.tagName === 'g' && Object.keys(node.properties).length === 0 && node.children.length === 1 && node.children[0]!.type === 'element') {
      parent.children[index] = node.children[0]!;
      return index;
    }
    return undefined;
  });
}

/** Attributes holding coordinates, which mermaid writes with up to 10 decimals. */
const GEOMETRY = ['d', 'points', 'transform', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'width', 'height', 'cx', 'cy', 'r', 'rx', 'ry', 'refX', 'refY'];

/** Hundredths of a pixel are far below what a screen or a printer draws. */
function roundGeometry(node: Element): void {
  for (const key of GEOMETRY) {
    const value = node.properties[key];
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const rounded = String(value).replace(/-?\d*\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
    node.properties[key] = typeof value === 'number' ? Number(rounded) : rounded;
  }
}

/** In-place diet for a rendered diagram; see the module comment. Keeps `keep` ids (the root's). */
export function slimSvg(svg: Element): void {
  visit(svg, 'element', (node) => {
    for (const a of INTERACTION_ATTRIBUTES) delete node.properties[a];
    if (node.properties.style === ';' || node.properties.style === '') delete node.properties.style;
  });
  // Definitions nothing points at: mermaid writes every arrowhead kind and drop-shadow
  // filters into each diagram. Repeat, since a removed definition can free another.
  for (let pass = 0; pass < 3; pass++) {
    const used = referencedIds(svg);
    let removed = false;
    visit(svg, 'element', (node, index, parent) => {
      const id = node.properties.id;
      if (!parent || index === undefined || typeof id !== 'string') return;
      if (['marker', 'filter', 'linearGradient', 'radialGradient', 'pattern', 'symbol', 'clipPath', 'mask'].includes(node.tagName) && !used.has(id)) {
        parent.children.splice(index, 1);
        removed = true;
        return index;
      }
      return undefined;
    });
    // Empty <defs> and <g> wrappers left behind.
    visit(svg, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      if ((node.tagName === 'defs' || (node.tagName === 'g' && Object.keys(node.properties).length <= 1)) && node.children.length === 0) {
        parent.children.splice(index, 1);
        return index;
      }
      return undefined;
    });
    if (!removed) break;
  }
  dropEmptyShapes(svg);
  mergeTspans(svg);
  visit(svg, 'element', (node) => {
    roundGeometry(node);
    const cls = node.properties.className;
    if (Array.isArray(cls)) node.properties.className = [...new Set(cls)];
  });
  for (const style of styleElements(svg)) setStyleText(style, pruneCss(styleText(style), svg));
  unwrapBareGroups(svg, styleElements(svg).map(styleText).join(''));
  foldLineTspans(svg, styleElements(svg).map(styleText).join(''));
  // data-* attributes are only there for mermaid's scripts and for CSS; once the CSS is
  // pruned, those no selector mentions go.
  const css = styleElements(svg).map(styleText).join('');
  visit(svg, 'element', (node) => {
    for (const key of Object.keys(node.properties)) {
      if (!/^data[A-Z-]/.test(key)) continue;
      const attribute = key.startsWith('data-') ? key : `data-${key.slice(4).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`.replace('data--', 'data-');
      if (!css.includes(`[${attribute}`)) delete node.properties[key];
    }
  });
  // Ids nothing refers to (node and edge ids), once the CSS has been pruned.
  const used = referencedIds(svg);
  visit(svg, 'element', (node) => {
    const id = node.properties.id;
    if (node !== svg && typeof id === 'string' && !used.has(id)) delete node.properties.id;
  });
}

/** SVG presentation attributes that carry a colour (hast property names and attribute names). */
const COLOUR_ATTRIBUTES: Record<string, string> = {
  fill: 'fill',
  stroke: 'stroke',
  color: 'color',
  stopColor: 'stop-color',
  'stop-color': 'stop-color',
  floodColor: 'flood-color',
  'flood-color': 'flood-color',
  lightingColor: 'lighting-color',
  'lighting-color': 'lighting-color',
};

class Palette {
  readonly pairs = new Map<string, { name: string; light: string; dark: string }>();
  private readonly prefix: string;
  constructor(prefix: string) {
    this.prefix = prefix;
  }
  /** A custom property that is `light` by default and `dark` under the dark theme. */
  variable(light: string, dark: string): string {
    const key = `${light}\u0000${dark}`;
    let entry = this.pairs.get(key);
    if (!entry) {
      entry = { name: `--${this.prefix}${this.pairs.size}`, light, dark };
      this.pairs.set(key, entry);
    }
    return `var(${entry.name})`;
  }
}

/** Splits `value !important` so the flag stays outside var(). */
function splitImportant(value: string): [string, boolean] {
  const m = value.match(/^(.*?)\s*!\s*important\s*$/i);
  return m ? [m[1]!, true] : [value, false];
}

/** Inline `style` attribute → ordered [property, value] pairs. */
function parseInlineStyle(style: string): [string, string][] {
  return style
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const i = d.indexOf(':');
      return i < 0 ? [d, ''] : [d.slice(0, i).trim(), d.slice(i + 1).trim()];
    });
}

function mergeInlineStyle(light: string, dark: string, palette: Palette): string | undefined {
  const a = parseInlineStyle(light);
  const b = parseInlineStyle(dark);
  if (a.length !== b.length) return undefined;
  const out: string[] = [];
  for (let i = 0; i < a.length; i++) {
    const [pa, va] = a[i]!;
    const [pb, vb] = b[i]!;
    if (pa !== pb) return undefined;
    out.push(`${pa}:${va === vb ? va : palette.variable(va, vb)}`);
  }
  return out.join(';');
}

/** Walks two CSS trees in step; differing declaration values become custom properties. */
function mergeCss(light: CssRoot, dark: CssRoot, palette: Palette): boolean {
  const same = (a: ChildNode[], b: ChildNode[]): boolean => {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      const y = b[i]!;
      if (x.type !== y.type) return false;
      if (x.type === 'decl') {
        const dy = y as Declaration;
        if (x.prop !== dy.prop) return false;
        if (x.value !== dy.value || x.important !== dy.important) {
          const [lv, li] = splitImportant(x.value);
          const [dv] = splitImportant(dy.value);
          x.value = palette.variable(lv, dv) + (li ? '!important' : '');
          if (x.important !== dy.important) return false;
        }
      } else if (x.type === 'rule') {
        if (x.selector !== (y as Rule).selector || !same(x.nodes, (y as Rule).nodes)) return false;
      } else if (x.type === 'atrule') {
        const ay = y as typeof x;
        if (x.name !== ay.name || x.params !== ay.params || !same(x.nodes ?? [], ay.nodes ?? [])) return false;
      }
    }
    return true;
  };
  return same(light.nodes, dark.nodes);
}

function mergeElements(light: Element, dark: Element, palette: Palette): boolean {
  if (light.tagName !== dark.tagName) return false;
  const keys = new Set([...Object.keys(light.properties), ...Object.keys(dark.properties)]);
  const extraStyle: string[] = [];
  for (const key of keys) {
    const a = light.properties[key];
    const b = dark.properties[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (key === 'style' && typeof a === 'string' && typeof b === 'string') {
      const merged = mergeInlineStyle(a, b, palette);
      if (merged === undefined) return false;
      light.properties.style = merged;
    } else if (key in COLOUR_ATTRIBUTES && typeof a === 'string' && typeof b === 'string') {
      // var() works in CSS, not in presentation attributes: move the colour into style.
      delete light.properties[key];
      extraStyle.push(`${COLOUR_ATTRIBUTES[key]}:${palette.variable(a, b)}`);
    } else {
      return false;
    }
  }
  if (extraStyle.length) {
    const style = String(light.properties.style ?? '').replace(/;?\s*$/, '');
    light.properties.style = [style, ...extraStyle].filter(Boolean).join(';');
  }
  if (light.tagName === 'style') {
    const a = postcss.parse(styleText(light));
    const b = postcss.parse(styleText(dark));
    if (!mergeCss(a, b, palette)) return false;
    setStyleText(light, a.toString());
    return true;
  }
  const kept = (c: ElementContent): c is Element | Text => c.type === 'element' || (c.type === 'text' && c.value.trim() !== '');
  const kidsA = light.children.filter(kept);
  const kidsB = dark.children.filter(kept);
  // The dark theme appends definitions of its own (a gradient for mermaid's "neo" look);
  // slimSvg drops them when nothing refers to them, so only a surplus at the end is allowed.
  if (kidsB.length < kidsA.length) return false;
  for (let i = 0; i < kidsA.length; i++) {
    const x = kidsA[i]!;
    const y = kidsB[i]!;
    if (x.type !== y.type) return false;
    if (x.type === 'text') {
      if (x.value !== (y as Text).value) return false;
    } else if (!mergeElements(x, y as Element, palette)) return false;
  }
  return true;
}

export interface ThemeColour {
  /** Custom property name, `--c0`… */
  name: string;
  light: string;
  dark: string;
}

/**
 * One SVG for both themes: `light` is rewritten in place, every value that differs from
 * `dark` becoming `var(--cN)`. Returns the colours, or undefined (leaving `light`
 * half-rewritten, so discard it) when the renderings differ in more than values.
 * Then slim the SVG, then call themeStyle to define the variables.
 */
export function mergeThemes(light: Element, dark: Element): ThemeColour[] | undefined {
  const palette = new Palette('c');
  return mergeElements(light, dark, palette) ? [...palette.pairs.values()] : undefined;
}

/**
 * Defines the colours that the (slimmed) SVG still uses, on `scope` (the svg's `#id`):
 * light values by default and in print, dark ones under Starlight's dark theme.
 */
export function themeStyle(svg: Element, colours: ThemeColour[], scope: string, darkRoot = ":root[data-theme='dark']"): void {
  const style = styleElements(svg)[0];
  const css = themeCss(svg, colours, scope, darkRoot);
  if (!css) return;
  if (style) setStyleText(style, css + styleText(style));
  else svg.children.unshift({ type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: css }] });
}

/** The CSS that defines the colours the (slimmed) SVG still uses; see themeStyle. Empty when it uses none. */
export function themeCss(svg: Element, colours: ThemeColour[], scope: string, darkRoot = ":root[data-theme='dark']"): string {
  let used = '';
  visit(svg, 'element', (node) => {
    if (typeof node.properties.style === 'string') used += node.properties.style;
    if (node.tagName === 'style') used += styleText(node);
  });
  const live = colours.filter((c) => used.includes(`var(${c.name})`));
  if (live.length === 0) return '';
  return `${scope}{${live.map((c) => `${c.name}:${c.light}`).join(';')}}@media not print{${darkRoot} ${scope}{${live.map((c) => `${c.name}:${c.dark}`).join(';')}}}`;
}

/** The <svg> element of a parsed fragment. */
export function svgElement(root: Root): Element | undefined {
  return root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'svg');
}

/** Smallest font size (px) the diagram's CSS or attributes give to text, default 16 (mermaid's). */
export function smallestFontPx(svg: Element): number {
  const sizes: number[] = [];
  const px = (v: string) => {
    const m = v.match(/^\s*([\d.]+)(px)?\s*$/);
    if (m) sizes.push(Number(m[1]));
  };
  for (const style of styleElements(svg)) {
    postcss.parse(styleText(style)).walkDecls('font-size', (d) => px(d.value));
  }
  visit(svg, 'element', (node) => {
    const fs = node.properties.fontSize ?? node.properties['font-size'];
    if (fs !== undefined) px(String(fs));
    const style = node.properties.style;
    if (typeof style === 'string') for (const [p, v] of parseInlineStyle(style)) if (p === 'font-size') px(v);
  });
  return sizes.length ? Math.min(...sizes) : 16;
}



/**
 * Renames every id of the diagram from `from…` to `to…` (and its references), for the
 * second copy when a diagram has to keep two renderings.
 */
export function rebaseIds(svg: Element, from: string, to: string): void {
  const rename = new Map<string, string>();
  for (const id of ids(svg)) if (id.includes(from)) rename.set(id, id.replace(from, to));
  renameIds(svg, rename);
}

/** A path's points and the direction at its end, for the segment commands mermaid writes. */
export function pathEndDirection(d: string): number | undefined {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  let i = 0;
  let cmd = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  // The last two distinct points along the path's end: the direction is their difference.
  let prev: [number, number] | undefined;
  let ctrl: [number, number] | undefined;
  const num = () => Number(tokens[i++]);
  const counts: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, Z: 0 };
  while (i < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[i]!)) cmd = tokens[i++]!;
    const upper = cmd.toUpperCase();
    if (!(upper in counts)) return undefined; // arcs and the like: leave the marker alone
    const rel = cmd !== upper;
    const n = counts[upper]!;
    if (i + n > tokens.length) return undefined;
    const args = Array.from({ length: n }, num);
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    let nx = x;
    let ny = y;
    ctrl = undefined;
    if (upper === 'H') nx = args[0]! + ox;
    else if (upper === 'V') ny = args[0]! + oy;
    else if (upper === 'Z') [nx, ny] = [startX, startY];
    else {
      nx = args[n - 2]! + ox;
      ny = args[n - 1]! + oy;
      if (n >= 4) ctrl = [args[n - 4]! + ox, args[n - 3]! + oy];
    }
    if (upper === 'M') {
      [startX, startY] = [nx, ny];
      prev = undefined;
      cmd = rel ? 'l' : 'L';
    } else if (nx !== x || ny !== y || ctrl) {
      prev = ctrl && (ctrl[0] !== nx || ctrl[1] !== ny) ? ctrl : [x, y];
    }
    x = nx;
    y = ny;
    if (upper === 'Z') cmd = '';
  }
  if (!prev || (prev[0] === x && prev[1] === y)) return undefined;
  return (Math.atan2(y - prev[1], x - prev[0]) * 180) / Math.PI;
}

/** The end point and direction (degrees) of a <line> or <path>. */
function endOf(node: Element): { x: number; y: number; angle: number } | undefined {
  const p = node.properties;
  if (node.tagName === 'line') {
    const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((k) => Number(p[k] ?? 0)) as [number, number, number, number];
    if (x1 === x2 && y1 === y2) return undefined;
    return { x: x2, y: y2, angle: (Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI };
  }
  if (node.tagName === 'path' && typeof p.d === 'string') {
    const angle = pathEndDirection(p.d);
    const end = p.d.match(/(-?[\d.]+(?:e[-+]?\d+)?)[\s,]*(-?[\d.]+(?:e[-+]?\d+)?)\s*$/i);
    if (angle === undefined || !end) return undefined;
    return { x: Number(end[1]), y: Number(end[2]), angle };
  }
  return undefined;
}

const r = (n: number) => Math.round(n * 100) / 100;

/**
 * Draws every end-arrowhead in place: each `marker-end` becomes a transformed copy of
 * the marker's shapes, right after the line it ends, with the CSS that styled the
 * marker's shapes written on them. The diagram is shown through `<use>` from a file of
 * its own, and browsers resolve a marker there in the file's document, outside the
 * page: the theme's colours (custom properties inherited from the page) never reach it,
 * and dark-theme arrowheads came out black. Drawn shapes inherit like any other.
 * A marker this cannot redraw exactly (markerUnits="strokeWidth", a fixed angle, a path
 * with arcs) is left as a marker.
 */
export function bakeEndMarkers(svg: Element): void {
  const markers = new Map<string, Element>();
  visit(svg, 'element', (node) => {
    if (node.tagName === 'marker' && typeof node.properties.id === 'string') markers.set(node.properties.id, node);
  });
  if (markers.size === 0) return;
  const css = styleElements(svg).map(styleText).join('');
  const rules: { selectors: string[]; decls: string }[] = [];
  postcss.parse(css).walkRules((rule) => {
    if (rule.parent?.type !== 'root') return;
    const decls = rule.nodes.filter((n): n is Declaration => n.type === 'decl').map((d) => `${d.prop}:${d.value}${d.important ? '!important' : ''}`);
    if (decls.length) rules.push({ selectors: rule.selectors, decls: decls.join(';') });
  });
  /** The declarations of every rule that matches `node` where it is now, inside its marker. */
  const styled = new Map<Element, string>();
  for (const rule of rules) {
    for (const selector of rule.selectors) {
      let matched: Element[] = [];
      try {
        matched = selectAll(selector, svg);
      } catch {
        continue;
      }
      for (const m of matched) styled.set(m, [styled.get(m), rule.decls].filter(Boolean).join(';'));
    }
  }
  const clone = (node: Element): Element => {
    const properties = { ...node.properties };
    delete properties.id;
    const fromCss = styled.get(node);
    if (fromCss) properties.style = [fromCss, properties.style].filter(Boolean).join(';');
    return {
      type: 'element',
      tagName: node.tagName,
      properties,
      children: node.children.filter((c): c is Element => c.type === 'element').map(clone),
    };
  };

  visit(svg, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const ref = String(node.properties.markerEnd ?? node.properties['marker-end'] ?? '').match(/^url\(#(.+)\)$/)?.[1];
    const marker = ref ? markers.get(ref) : undefined;
    if (!marker) return;
    const mp = marker.properties;
    const units = String(mp.markerUnits ?? mp['markerUnits'] ?? 'strokeWidth');
    const orient = String(mp.orient ?? '0');
    if (units !== 'userSpaceOnUse' || (orient !== 'auto' && orient !== 'auto-start-reverse')) return;
    const end = endOf(node);
    if (!end) return;
    const width = Number(mp.markerWidth ?? 3);
    const height = Number(mp.markerHeight ?? 3);
    const box = String(mp.viewBox ?? '').split(/[\s,]+/).map(Number);
    const scale = box.length === 4 && box[2]! > 0 && box[3]! > 0 ? Math.min(width / box[2]!, height / box[3]!) : 1;
    const refX = Number(mp.refX ?? 0);
    const refY = Number(mp.refY ?? 0);
    const group: Element = {
      type: 'element',
      tagName: 'g',
      properties: {
        ...(marker.properties.className ? { className: marker.properties.className } : {}),
        ...(styled.get(marker) ? { style: styled.get(marker) } : {}),
        transform: `translate(${r(end.x)},${r(end.y)}) rotate(${r(end.angle)})${scale === 1 ? '' : ` scale(${r(scale * 1000) / 1000})`} translate(${r(-refX)},${r(-refY)})`,
      },
      children: marker.children.filter((c): c is Element => c.type === 'element').map(clone),
    };
    delete node.properties.markerEnd;
    delete node.properties['marker-end'];
    parent.children.splice(index + 1, 0, group);
    return index + 2;
  });
}
