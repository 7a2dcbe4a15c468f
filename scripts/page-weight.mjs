// @ts-check
/**
 * What each built page costs a reader, read from dist/ alone (no server, no browser), so
 * the numbers are the same on every run: the budget spec (e2e/budgets.spec.ts) asserts
 * them and `npm run bench` prints them next to Lighthouse's.
 *
 * - HTML: raw and gzip bytes of the document; its element count as an HTML parser (the
 *   same algorithm browsers use) builds it, before any script runs.
 * - CSS: every stylesheet the page links, plus its inline <style> elements.
 * - JS: every module script and its static imports, the inline scripts, and for each
 *   island its component and renderer chunks with their static imports. Chunks loaded by
 *   a dynamic import() (the search UI, opened on first use) are not on the page's bill.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** @param {Buffer | string} b */
export const gzipBytes = (b) => gzipSync(b, { level: 9 }).length;

/**
 * Site paths listed in the sitemap (the pages readers and search engines reach; the print
 * views, which only feed the PDFs, are left out of it on purpose).
 * @param {string} dist
 * @returns {string[]}
 */
export function sitemapPaths(dist) {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error(`No sitemap in ${dist}: run \`npm run build\` first.`);
  return files.flatMap((f) =>
    [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(/** @type {string} */ (m[1])).pathname),
  );
}

/**
 * @param {string} dist
 * @param {string} base  Astro's base, with a trailing slash
 * @param {string} url   a root-relative URL from the built HTML
 */
function urlToFile(dist, base, url) {
  const path = url.split(/[?#]/)[0] ?? url;
  const rel = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  return join(dist, decodeURIComponent(rel));
}

/** JS chunk → itself and every chunk it imports statically (Vite writes relative specifiers). */
export function jsClosure(/** @type {string} */ file, /** @type {Set<string>} */ seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // `import"./a.js"`, `import{x}from"./a.js"`, `export*from"./a.js"`; not `import("./a.js")`.
  for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.\.?\/[^"']+\.js)["']/g)) {
    jsClosure(join(file, '..', /** @type {string} */ (m[1])), seen);
  }
  return seen;
}

/**
 * @typedef {{ href: string, file: string, gzip: number, media: string }} Stylesheet
 * @typedef {{ component: string, renderer: string, name: string }} Island
 * @typedef {{
 *   path: string, file: string, htmlBytes: number, htmlGzip: number, elements: number,
 *   stylesheets: Stylesheet[], inlineCssGzip: number, cssGzip: number,
 *   scripts: string[], inlineJsGzip: number, jsGzip: number, islands: Island[],
 *   islandJsGzip: number, displayMath: number, inlineMath: number, diagrams: number,
 *   loadsMathCss: boolean, loadsPreact: boolean, loadsSearchUi: boolean,
 * }} PageWeight
 */

/**
 * @param {string} dist
 * @param {string} base
 * @param {string} path a site path such as /metrics/
 * @returns {PageWeight}
 */
export function pageWeight(dist, base, path) {
  const file = join(urlToFile(dist, base, path), path.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(file);
  const tree = fromHtml(html.toString('utf8'));
  let elements = 0;
  let displayMath = 0;
  let inlineMath = 0;
  let diagrams = 0;
  /** @type {Stylesheet[]} */
  const stylesheets = [];
  let inlineCss = '';
  let inlineJs = '';
  /** @type {Set<string>} */
  const moduleScripts = new Set();
  /** @type {Island[]} */
  const islands = [];
  visit(tree, 'element', (node) => {
    elements++;
    const p = node.properties;
    const cls = Array.isArray(p.className) ? p.className : [];
    if (node.tagName === 'math') (p.display === 'block' ? displayMath++ : inlineMath++);
    if (cls.includes('diagram') && node.tagName === 'figure') diagrams++;
    if (node.tagName === 'link' && Array.isArray(p.rel) && p.rel.includes('stylesheet') && typeof p.href === 'string') {
      const f = urlToFile(dist, base, p.href);
      stylesheets.push({ href: p.href, file: f, gzip: existsSync(f) ? gzipBytes(readFileSync(f)) : 0, media: String(p.media ?? 'all') });
    }
    if (node.tagName === 'style') inlineCss += node.children.map((c) => ('value' in c ? c.value : '')).join('');
    if (node.tagName === 'script') {
      if (typeof p.src === 'string') moduleScripts.add(urlToFile(dist, base, p.src));
      else if (!p.type || p.type === 'module' || p.type === 'text/javascript') {
        inlineJs += node.children.map((c) => ('value' in c ? c.value : '')).join('');
      }
    }
    // Custom elements' attributes keep their HTML names in hast.
    const componentUrl = p['component-url'];
    const rendererUrl = p['renderer-url'];
    if (node.tagName === 'astro-island' && typeof componentUrl === 'string' && typeof rendererUrl === 'string') {
      const name = componentUrl.split('/').pop()?.replace(/\.[\w-]+\.js$/, '') ?? componentUrl;
      islands.push({ component: componentUrl, renderer: rendererUrl, name });
    }
  });
  /** @type {Set<string>} */
  const pageJs = new Set();
  for (const s of moduleScripts) jsClosure(s, pageJs);
  /** @type {Set<string>} */
  const islandJs = new Set();
  for (const i of islands) {
    jsClosure(urlToFile(dist, base, i.component), islandJs);
    jsClosure(urlToFile(dist, base, i.renderer), islandJs);
  }
  for (const f of pageJs) islandJs.delete(f);
  const sum = (/** @type {Iterable<string>} */ files) => [...files].reduce((s, f) => s + gzipBytes(readFileSync(f)), 0);
  const inlineCssGzip = inlineCss ? gzipBytes(inlineCss) : 0;
  const inlineJsGzip = inlineJs ? gzipBytes(inlineJs) : 0;
  const islandJsGzip = sum(islandJs);
  // Math CSS: KaTeX's (its fonts) or Temml's (its display rule), linked or inline.
  const isMathCss = (/** @type {string} */ css) => /KaTeX_Main|math\.tml-display/.test(css);
  const loadsMathCss = isMathCss(inlineCss) || stylesheets.some((s) => existsSync(s.file) && isMathCss(readFileSync(s.file, 'utf8')));
  const loadsPreact = [...pageJs, ...islandJs].some((f) => /preact/i.test(f));
  // The Pagefind UI belongs to the search dialog's first opening, not to the page.
  const loadsSearchUi =
    /pagefind-ui__/.test(inlineCss) ||
    stylesheets.some((s) => existsSync(s.file) && /pagefind-ui__/.test(readFileSync(s.file, 'utf8'))) ||
    [...pageJs].some((f) => /pagefind-ui__|PagefindUI/.test(readFileSync(f, 'utf8')));
  return {
    path,
    file: relative(dist, file),
    htmlBytes: html.length,
    htmlGzip: gzipBytes(html),
    elements,
    stylesheets,
    inlineCssGzip,
    cssGzip: stylesheets.reduce((s, c) => s + c.gzip, 0) + inlineCssGzip,
    scripts: [...pageJs, ...islandJs].map((f) => relative(dist, f)).sort(),
    inlineJsGzip,
    jsGzip: sum(pageJs) + inlineJsGzip + islandJsGzip,
    islands,
    islandJsGzip,
    displayMath,
    inlineMath,
    diagrams,
    loadsMathCss,
    loadsPreact,
    loadsSearchUi,
  };
}

/**
 * What each calculator island adds on its own: its component chunk and every chunk it
 * imports, except two things every calculator shares, which a reader downloads once for
 * the whole site (content-hashed, cached) and which are budgeted on their own:
 * - the Preact renderer and runtime (preact, preact/hooks);
 * - the calculator kit (src/calculators/kit: fields, URL state, toolbar, results), found
 *   as the chunks that every calculator loads. An island that shares no chunk with any
 *   other (the practice room) is not a calculator and does not define the kit.
 * @param {string} dist
 * @param {string} base
 * @param {PageWeight[]} pages
 */
export function islandCosts(dist, base, pages) {
  /** @type {Map<string, Island>} */
  const byName = new Map();
  for (const p of pages) for (const i of p.islands) byName.set(i.name, i);
  /** @type {Set<string>} */
  const runtime = new Set();
  for (const i of byName.values()) jsClosure(urlToFile(dist, base, i.renderer), runtime);
  // Preact's own modules (preact, preact/hooks) are the runtime too, wherever Vite put them.
  for (const i of byName.values()) for (const f of jsClosure(urlToFile(dist, base, i.component))) if (/\/(preact|hooks|jsxRuntime)\.module\./.test(f)) runtime.add(f);
  const closures = [...byName.values()].map((i) => ({
    island: i.name,
    files: [...jsClosure(urlToFile(dist, base, i.component))].filter((f) => !runtime.has(f)),
  }));
  const sharesAChunk = closures.filter((c) => closures.some((o) => o !== c && o.files.some((f) => c.files.includes(f))));
  const kit = new Set(sharesAChunk.length > 1 ? /** @type {{ files: string[] }} */ (sharesAChunk[0]).files.filter((f) => sharesAChunk.every((c) => c.files.includes(f))) : []);
  const weigh = (/** @type {string[]} */ files) => files.reduce((s, f) => s + gzipBytes(readFileSync(f)), 0);
  const islands = closures
    .map((c) => {
      const own = c.files.filter((f) => !kit.has(f));
      return { island: c.island, gzipBytes: weigh(own), files: own.map((f) => relative(dist, f)) };
    })
    .sort((a, b) => a.island.localeCompare(b.island));
  return {
    islands,
    runtimeGzipBytes: weigh([...runtime]),
    runtimeFiles: [...runtime].map((f) => relative(dist, f)),
    kitGzipBytes: weigh([...kit]),
    kitFiles: [...kit].map((f) => relative(dist, f)),
    calculatorCount: sharesAChunk.length,
  };
}
