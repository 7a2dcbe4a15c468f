// @ts-check
/**
 * `npm run bench`: what the built site costs a reader on a phone, as evidence for the
 * page-weight work (issue 12). Not a test: Lighthouse on two shared cores moves by ±15
 * points run to run, so `npm test` asserts deterministic budgets instead
 * (e2e/budgets.spec.ts) and this reports.
 *
 * 1. Builds the site (timed), unless --no-build; the PDF export time comes from the
 *    build's dist/pdf/report.json.
 * 2. Serves dist/ as a CDN would (brotli/gzip, immutable hashed assets:
 *    scripts/serve-compressed.mjs) and runs Lighthouse's default mobile profile (Moto G
 *    Power, slow 4G, 4x CPU slowdown) on every page of the sitemap, --runs times each
 *    (default 3), reporting medians: the four category scores, TBT, LCP, FCP, CLS, DOM
 *    size and bytes transferred by type.
 * 3. Adds the deterministic page weights and the budgets they are held to.
 *
 * Writes bench-report.json (and --md FILE, a Markdown table) and prints a table.
 * Options: --no-build, --dist DIR (measure another build, e.g. an older one), --runs N,
 * --pages a,b (site paths), --md FILE.
 * Needs Chromium: CHROME_PATH, else the project's lookup (scripts/chromium.mjs).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BUDGETS, KNOWN_OVER } from './budgets.mjs';
import { findChromium } from './chromium.mjs';
import { islandCosts, pageWeight, sitemapPaths } from './page-weight.mjs';
import { serveCompressed } from './serve-compressed.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (/** @type {string} */ name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dist = resolve(option('--dist') ?? join(root, 'dist'));
const runs = Number(option('--runs') ?? 3);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const foundChrome = process.env.CHROME_PATH || findChromium();
if (!foundChrome) throw new Error('No Chromium: set CHROME_PATH.');
const chromePath = foundChrome;

/** @param {number} n */
const kib = (n) => (n / 1024).toFixed(1);
/** @param {number[]} xs @returns {number} */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

function build() {
  const start = performance.now();
  execSync('npx astro build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return Math.round(performance.now() - start);
}

/**
 * One Lighthouse run of the mobile profile on a fresh Chromium.
 * @param {string} url
 */
async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    /** @type {Record<string, number>} */
    const bytes = {};
    for (const item of /** @type {{ resourceType: string, transferSize: number }[]} */ (
      /** @type {any} */ (audits['resource-summary']?.details)?.items ?? []
    )) {
      bytes[item.resourceType] = item.transferSize;
    }
    const score = (/** @type {string} */ k) => Math.round((categories[k]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      tbt: audits['total-blocking-time']?.numericValue ?? NaN,
      lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
      fcp: audits['first-contentful-paint']?.numericValue ?? NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      dom: audits['dom-size']?.numericValue ?? NaN,
      bytes,
      failing: Object.values(audits)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => a.id),
    };
  } finally {
    await chrome.kill();
  }
}

const buildMs = args.includes('--no-build') || option('--dist') ? undefined : build();
const paths = option('--pages')?.split(',') ?? sitemapPaths(dist);
const weights = paths.map((p) => pageWeight(dist, base, p));
const islands = islandCosts(dist, base, weights);
const pdfReport = join(dist, 'pdf', 'report.json');
const pdf = existsSync(pdfReport) ? JSON.parse(readFileSync(pdfReport, 'utf8')) : undefined;

const server = await serveCompressed(dist, base);
/** @type {any[]} */
const pages = [];
try {
  for (const path of paths) {
    /** @type {Awaited<ReturnType<typeof lighthouseRun>>[]} */
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await lighthouseRun(`${server.origin}${path}`));
    const m = (/** @type {(s: (typeof samples)[number]) => number} */ f) => median(samples.map(f));
    const types = [...new Set(samples.flatMap((s) => Object.keys(s.bytes)))];
    const weight = weights.find((w) => w.path === path);
    pages.push({
      page: path,
      runs: samples.length,
      performance: m((s) => s.performance),
      performanceRuns: samples.map((s) => s.performance),
      accessibility: m((s) => s.accessibility),
      bestPractices: m((s) => s.bestPractices),
      seo: m((s) => s.seo),
      tbtMs: Math.round(m((s) => s.tbt)),
      lcpMs: Math.round(m((s) => s.lcp)),
      fcpMs: Math.round(m((s) => s.fcp)),
      cls: Number(m((s) => s.cls).toFixed(3)),
      domElements: m((s) => s.dom),
      transferBytes: Object.fromEntries(types.map((t) => [t, Math.round(m((s) => s.bytes[t] ?? 0))])),
      failingAudits: [...new Set(samples.flatMap((s) => s.failing))],
      weight: weight && {
        htmlGzip: weight.htmlGzip,
        elements: weight.elements,
        cssGzip: weight.cssGzip,
        jsGzip: weight.jsGzip,
        islandJsGzip: weight.islandJsGzip,
        islands: weight.islands.length,
        loadsMathCss: weight.loadsMathCss,
      },
    });
    const last = pages.at(-1);
    console.error(`${path}: performance ${last.performanceRuns.join('/')} (median ${last.performance}), TBT ${last.tbtMs} ms, LCP ${last.lcpMs} ms`);
  }
} finally {
  await server.close();
}

const rows = pages.map((p) => ({
  page: p.page,
  perf: p.performance,
  a11y: p.accessibility,
  bp: p.bestPractices,
  seo: p.seo,
  'TBT ms': p.tbtMs,
  'LCP ms': p.lcpMs,
  'DOM (LH)': p.domElements,
  'HTML KiB': kib(p.transferBytes.document ?? 0),
  'CSS KiB': kib(p.transferBytes.stylesheet ?? 0),
  'JS KiB': kib(p.transferBytes.script ?? 0),
  'font KiB': kib(p.transferBytes.font ?? 0),
  'total KiB': kib(p.transferBytes.total ?? 0),
}));
console.log(`\nLighthouse mobile, median of ${runs} run(s), bytes transferred (brotli):`);
console.table(rows);
console.log(`Calculator islands, own JavaScript (gzip), beyond the shared Preact runtime (${kib(islands.runtimeGzipBytes)} KiB) and calculator kit (${kib(islands.kitGzipBytes)} KiB):`);
console.table(islands.islands.map((i) => ({ island: i.island, 'KiB gz': kib(i.gzipBytes), budget: kib(KNOWN_OVER.islands[i.island] ?? BUDGETS.islandGzip) })));
if (buildMs !== undefined) console.log(`Build: ${(buildMs / 1000).toFixed(1)} s`);
if (pdf) console.log(`PDF export: ${(pdf.totalMs / 1000).toFixed(1)} s for ${pdf.pdfs?.length ?? 0} PDFs`);

const report = { date: new Date().toISOString(), dist, runs, buildMs, pdfExportMs: pdf?.totalMs, budgets: BUDGETS, knownOver: KNOWN_OVER, pages, islands };
writeFileSync(join(root, 'bench-report.json'), JSON.stringify(report, null, 2));
const md = option('--md');
if (md) {
  const head = Object.keys(rows[0] ?? {});
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${Object.values(r).join(' | ')} |`)];
  writeFileSync(md, `${lines.join('\n')}\n`);
}
console.log('Wrote bench-report.json');
