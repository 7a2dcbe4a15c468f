// @ts-check
/**
 * `npm run bench`: builds the site and reports what readers pay for it.
 *
 * - build time (and the PDF export time, when the build writes dist/pdf/report.json);
 * - for each page, the gzip bytes of HTML, CSS and JavaScript a browser loads on first
 *   view (no scrolling), measured in Chromium against the built site;
 * - for each calculator island, the JavaScript it adds (its own chunks, and the shared
 *   Preact runtime once);
 * - the search index size.
 *
 * Goals it checks (and exits non-zero on): a page without calculators loads no JavaScript
 * beyond Starlight's own, and the full build stays under two minutes.
 * Writes bench-report.json. `--no-build` measures an existing dist/.
 */
import { spawn, execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { PDF_DIR, REPORT_FILE } from '../src/plugins/print/constants.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';

const BUILD_GOAL_MS = 120_000;
const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const port = Number(process.env.BENCH_PORT ?? 4340);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** @param {number} n */
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
/** @param {Buffer | string} b */
const gz = (b) => gzipSync(b, { level: 9 }).length;

function build() {
  const start = performance.now();
  execSync('npx astro build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return Math.round(performance.now() - start);
}

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function pagePaths() {
  const sitemaps = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  return sitemaps.flatMap((f) =>
    [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(/** @type {string} */ (m[1])).pathname),
  );
}

/** JS chunk → the chunks it imports statically (Vite output uses relative specifiers). */
function jsClosure(/** @type {string} */ file, /** @type {Set<string>} */ seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["'](\.\.?\/[^"']+\.js)["']/g)) {
    jsClosure(join(file, '..', /** @type {string} */ (m[1])), seen);
  }
  return seen;
}

/** What each calculator island costs, from the component URLs in the built HTML. */
function islandCosts() {
  /** @type {Map<string, { component: string, renderer: string }>} */
  const islands = new Map();
  for (const file of walk(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<astro-island[^>]*component-url="([^"]+)"[^>]*component-export="[^"]*"[^>]*renderer-url="([^"]+)"/g)) {
      const component = /** @type {string} */ (m[1]);
      const name = component.split('/').pop()?.replace(/\.[\w-]+\.js$/, '') ?? component;
      islands.set(name, { component, renderer: /** @type {string} */ (m[2]) });
    }
  }
  const toFile = (/** @type {string} */ url) => join(dist, url.slice(base.length - 1).replace(/^\//, ''));
  const rows = [];
  /** @type {Set<string>} */
  let rendererFiles = new Set();
  for (const [name, { component, renderer }] of islands) {
    rendererFiles = jsClosure(toFile(renderer));
    const own = [...jsClosure(toFile(component))].filter((f) => !rendererFiles.has(f));
    rows.push({ island: name, gzipBytes: own.reduce((s, f) => s + gz(readFileSync(f)), 0), files: own.map((f) => relative(dist, f)) });
  }
  const runtimeBytes = [...rendererFiles].reduce((s, f) => s + gz(readFileSync(f)), 0);
  return {
    islands: rows.sort((a, b) => a.island.localeCompare(b.island)),
    sharedPreactRuntimeGzipBytes: runtimeBytes,
    rendererChunks: [...rendererFiles].map((f) => relative(dist, f)),
  };
}

async function waitForServer(/** @type {string} */ url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The preview server did not answer at ${url}.`);
}

async function measurePages() {
  const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore', detached: true });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${origin}${base}`);
    const browser = await chromium.launch(chromiumLaunchOptions());
    const rows = [];
    for (const path of pagePaths()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      /** @type {Promise<void>[]} */
      const pending = [];
      const bytes = { html: 0, css: 0, js: 0, other: 0 };
      /** @type {string[]} */
      const scripts = [];
      page.on('response', (res) => {
        const type = res.request().resourceType();
        pending.push(
          res.body().then(
            (body) => {
              const size = gz(body);
              if (type === 'document') bytes.html += size;
              else if (type === 'stylesheet') bytes.css += size;
              else if (type === 'script') {
                bytes.js += size;
                scripts.push(new URL(res.url()).pathname.replace(/\.[\w-]{8}\.js$/, '.js'));
              } else bytes.other += size;
            },
            () => {},
          ),
        );
      });
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      await Promise.all(pending);
      const islands = await page.locator('astro-island').count();
      rows.push({ page: path, ...bytes, scripts: scripts.sort(), islands });
      await context.close();
    }
    await browser.close();
    return rows;
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

function searchIndexBytes() {
  const dir = join(dist, 'pagefind');
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  const files = walk(dir);
  return { bytes: files.reduce((s, f) => s + statSync(f).size, 0), files: files.length };
}

const buildMs = process.argv.includes('--no-build') ? undefined : build();
const pages = await measurePages();
const { islands, sharedPreactRuntimeGzipBytes, rendererChunks } = islandCosts();
const search = searchIndexBytes();
const pdfReportPath = join(dist, PDF_DIR, REPORT_FILE);
const pdf = existsSync(pdfReportPath) ? JSON.parse(readFileSync(pdfReportPath, 'utf8')) : undefined;

// The goal: a page without calculators loads no JavaScript beyond Starlight's own, i.e.
// none of the island chunks (components, the Preact renderer and what they import) and no
// diagram runtime (diagrams are SVG at build time).
// Chunks that Starlight's own module scripts also import (Vite's preload helper) are shared, not the islands'.
const starlightChunks = new Set();
for (const file of walk(dist).filter((f) => f.endsWith('.html'))) {
  for (const m of readFileSync(file, 'utf8').matchAll(/<script type="module" src="([^"]+)"/g)) {
    for (const f of jsClosure(join(dist, /** @type {string} */ (m[1]).slice(base.length - 1).replace(/^\//, '')))) starlightChunks.add(relative(dist, f));
  }
}
const unhash = (/** @type {string} */ f) => `/${f}`.replace(/\.[\w-]{8}\.js$/, '.js');
const islandChunks = new Set(
  [...islands.flatMap((i) => i.files), ...rendererChunks].filter((f) => !starlightChunks.has(f)).map(unhash),
);
const extraJs = pages
  .filter((p) => p.islands === 0)
  .map((p) => ({ page: p.page, extra: p.scripts.filter((s) => islandChunks.has(s.replace(base.slice(0, -1), '')) || /mermaid/i.test(s)) }))
  .filter((p) => p.extra.length > 0);

console.log('\nFirst view, gzip bytes (HTML / CSS / JS)');
console.table(pages.map((p) => ({ page: p.page, html: kb(p.html), css: kb(p.css), js: kb(p.js), islands: p.islands })));
console.log('JavaScript each calculator island adds (gzip, beyond the shared Preact runtime of ' + kb(sharedPreactRuntimeGzipBytes) + ')');
console.table(islands.map((i) => ({ island: i.island, js: kb(i.gzipBytes) })));
console.log(`Search index: ${kb(search.bytes)} in ${search.files} files`);
if (buildMs !== undefined) console.log(`Build: ${(buildMs / 1000).toFixed(1)} s (goal: under ${BUILD_GOAL_MS / 1000} s)`);
if (pdf) {
  console.log(`PDF export: ${((pdf.totalMs ?? pdf.exportMs ?? 0) / 1000).toFixed(1)} s`);
  console.table((pdf.pdfs ?? pdf.files ?? []).map((/** @type {any} */ f) => ({ pdf: f.file ?? f.name, size: kb(f.bytes), pages: f.pages })));
}

const goals = {
  buildUnderTwoMinutes: buildMs === undefined ? null : buildMs < BUILD_GOAL_MS,
  noExtraJsOnPlainPages: extraJs.length === 0,
};
writeFileSync(
  join(root, 'bench-report.json'),
  JSON.stringify({ date: new Date().toISOString(), buildMs, pages, islands, sharedPreactRuntimeGzipBytes, search, pdf, extraJs, goals }, null, 2),
);
console.log('Wrote bench-report.json');
if (extraJs.length) console.error('Pages without calculators loading extra JavaScript:', extraJs);
if (goals.buildUnderTwoMinutes === false || !goals.noExtraJsOnPlainPages) process.exitCode = 1;
