// @ts-check
/**
 * PDF export: prints every print view of the built site (dist/print/…/index.html, see
 * ../routes/) to dist/pdf/<file>.pdf with Chromium, fills the file sizes into the
 * "Download PDF" links, and writes dist/pdf/report.json.
 *
 * Runs at the end of `astro build` (the print plugin, ../index.ts), or alone over an
 * existing build: `node src/plugins/print/pdf/export.mjs [dist]` (BASE_PATH as for the
 * build).
 * Fails loudly: no Chromium (the one lookup in scripts/chromium.mjs says how to get
 * one), no print views, a print view whose CSS, fonts or images fail to load, or a PDF
 * that is not written.
 */
import { cpus } from 'node:os';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../../scripts/chromium.mjs';
import {
  HANDBOOK_PDF,
  HANDBOOK_PRINT_PATH,
  META_PDF_FILE,
  META_PDF_TITLE,
  PDF_DIR,
  PRINT_DIR,
  REPORT_FILE,
} from '../constants.mjs';
import { fillPdfSizesInHtml } from './fill-sizes.mjs';
import { serveStatic } from './serve.mjs';

/**
 * @typedef {object} PdfReportEntry
 * @property {string} file       file name, e.g. `case-studies-news-feed.pdf`
 * @property {string} path       path inside dist/, e.g. `pdf/case-studies-news-feed.pdf`
 * @property {string} title      title in the running header
 * @property {string} source     base-relative print view it was printed from, e.g. `print/case-studies/news-feed/`
 * @property {number} bytes      file size
 * @property {number} pages      page count
 * @property {number} ms         time to load and print this one (wall clock, in parallel with others)
 *
 * @typedef {object} PdfReport
 * @property {1} version
 * @property {string} generatedAt  ISO timestamp
 * @property {string} base         Astro base the PDFs were printed under
 * @property {string} browser      Chromium version
 * @property {string} browserPath  Chromium executable (from scripts/chromium.mjs)
 * @property {number} concurrency  PDFs printed at once
 * @property {number} totalMs      wall-clock time of the whole export (launch, print, size links)
 * @property {number} totalBytes
 * @property {number} totalPages
 * @property {PdfReportEntry[]} pdfs  one per PDF, handbook first
 *
 * @typedef {{ info: (m: string) => void, warn: (m: string) => void }} Log
 */

/** @param {string} s */
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** "1.2 MB", "850 kB": decimal units, as file managers and browsers show them. */
export function formatBytes(/** @type {number} */ bytes) {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} kB`;
  return `${bytes} B`;
}

/**
 * Page count of a PDF written by Chromium (Skia): its page objects are plain
 * `/Type /Page` dictionaries, not hidden in compressed object streams.
 * @param {Buffer} pdf
 */
export function countPdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** @param {string} dir @returns {Promise<string[]>} absolute paths of files under dir */
async function walk(dir) {
  const out = [];
  for (const item of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, item.name);
    if (item.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

/**
 * Running header and footer. Chromium renders them apart from the page (no page CSS),
 * in the page margins set by the print stylesheet's @page rule.
 * @param {string} title @param {string} siteTitle
 */
function templates(title, siteTitle) {
  const box =
    'width:100%;margin:0 16mm;font-size:8.5px;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#555;display:flex;justify-content:space-between;gap:8mm;-webkit-print-color-adjust:exact;';
  const right = title === siteTitle ? '' : escapeHtml(siteTitle);
  return {
    headerTemplate: `<div style="${box}"><span>${escapeHtml(title)}</span><span>${right}</span></div>`,
    footerTemplate: `<div style="${box}justify-content:flex-end;"><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
  };
}

/**
 * Fills the empty size element of every "Download PDF" link in the built pages with the
 * PDF's size (see fill-sizes.mjs).
 * @param {string} distDir @param {Map<string, number>} sizes file → bytes
 * @returns {Promise<number>} links filled
 */
export async function fillPdfSizes(distDir, sizes) {
  const pagefindDir = join(distDir, 'pagefind') + sep;
  const files = (await walk(distDir)).filter((f) => f.endsWith('.html') && !f.startsWith(pagefindDir));
  let filled = 0;
  /** @type {string[]} */
  const missing = [];
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    const result = fillPdfSizesInHtml(html, (name) => {
      const bytes = sizes.get(name);
      return bytes === undefined ? undefined : `(${formatBytes(bytes)})`;
    });
    filled += result.filled;
    missing.push(...result.missing.map((name) => `${relative(distDir, file)} → ${name}`));
    if (result.html !== html) await writeFile(file, result.html);
  }
  if (missing.length) throw new Error(`PDF export: pages link to PDFs that were not produced: ${missing.join(', ')}`);
  return filled;
}

/**
 * @param {{ distDir: string, base?: string, log?: Log, concurrency?: number }} options
 * @returns {Promise<PdfReport>}
 */
export async function exportPdfs({ distDir, base = '/', log = console, concurrency }) {
  const started = performance.now();
  const printDir = join(distDir, PRINT_DIR);
  const sources = (await walk(printDir).catch(() => []))
    .filter((f) => f.endsWith(`${sep}index.html`))
    .map((f) => relative(distDir, f).split(sep).slice(0, -1).join('/') + '/')
    // The handbook is the longest job: start it first so it does not finish last alone.
    .sort((a, b) => Number(b === HANDBOOK_PRINT_PATH) - Number(a === HANDBOOK_PRINT_PATH) || a.localeCompare(b));
  if (sources.length === 0) throw new Error(`PDF export: no print views in ${printDir} (the print plugin's routes build them).`);

  const outDir = join(distDir, PDF_DIR);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

  const launchOptions = chromiumLaunchOptions(); // throws one clear sentence if there is no Chromium
  const server = await serveStatic(distDir, base);
  const browser = await chromium.launch(launchOptions);
  const wanted = concurrency ?? (Number(process.env.PDF_CONCURRENCY || 0) || Math.min(4, cpus().length));
  const workers = Math.max(1, Math.min(wanted, sources.length));
  /** @type {PdfReportEntry[]} */
  const results = [];
  const browserVersion = browser.version();
  try {
    // About the text width of an A4 page inside print.css's margins, so the overflow check
    // below sees the layout the PDF gets.
    const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 673, height: 950 } });
    const queue = [...sources];
    const work = async () => {
      for (let source = queue.shift(); source; source = queue.shift()) results.push(await printOne(context, server, source, outDir, log));
    };
    await Promise.all(Array.from({ length: workers }, work));
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }

  const sizes = new Map(results.map((r) => [r.file, r.bytes]));
  const filled = await fillPdfSizes(distDir, sizes);

  results.sort((a, b) => Number(b.file === HANDBOOK_PDF) - Number(a.file === HANDBOOK_PDF) || a.file.localeCompare(b.file));
  /** @type {PdfReport} */
  const report = {
    version: 1,
    generatedAt: new Date().toISOString(),
    base,
    browser: browserVersion,
    browserPath: launchOptions.executablePath,
    concurrency: workers,
    totalMs: Math.round(performance.now() - started),
    totalBytes: results.reduce((s, r) => s + r.bytes, 0),
    totalPages: results.reduce((s, r) => s + r.pages, 0),
    pdfs: results,
  };
  await writeFile(join(outDir, REPORT_FILE), JSON.stringify(report, null, 2) + '\n');
  log.info(
    `Chromium ${browserVersion}: ${results.length} PDFs (${report.totalPages} pages, ${formatBytes(report.totalBytes)}) in ${(report.totalMs / 1000).toFixed(1)} s; sizes filled into ${filled} download links.`,
  );
  return report;
}

/**
 * @param {import('playwright').BrowserContext} context
 * @param {{ origin: string, url: (p: string) => string }} server
 * @param {string} source base-relative path of a print view
 * @param {string} outDir
 * @param {Log} log
 * @returns {Promise<PdfReportEntry>}
 */
async function printOne(context, server, source, outDir, log) {
  const t0 = performance.now();
  const page = await context.newPage();
  /** @type {string[]} */
  const failures = [];
  page.on('requestfailed', (r) => failures.push(`${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url().startsWith(server.origin)) failures.push(`${r.url()} (HTTP ${r.status()})`);
  });
  page.on('pageerror', (e) => log.warn(`PDF export: ${source}: page error: ${e.message}`));
  try {
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.goto(server.url(source), { waitUntil: 'load', timeout: 120_000 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const meta = await page.evaluate(
      ([fileName, titleName]) => {
        const get = (/** @type {string} */ sel) => document.querySelector(sel)?.getAttribute('content') ?? '';
        return { file: get(`meta[name="${fileName}"]`), title: get(`meta[name="${titleName}"]`), site: get('meta[property="og:site_name"]') };
      },
      [META_PDF_FILE, META_PDF_TITLE],
    );
    if (!/^[\w.-]+\.pdf$/.test(meta.file)) throw new Error(`PDF export: ${source} has no valid <meta name="${META_PDF_FILE}"> (got "${meta.file}").`);
    if (failures.length) throw new Error(`PDF export: ${source} could not load: ${failures.join(', ')}`);
    const overflow = await page.evaluate(() => {
      const ancestors = (/** @type {Element} */ el) => {
        const out = [];
        for (let p = el.parentElement; p; p = p.parentElement) out.push(p);
        return out;
      };
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return [];
      return Array.from(document.querySelectorAll('main *'))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          // Content on a named (landscape) page is laid out wider on purpose.
          const onNamedPage = (/** @type {Element} */ e) => getComputedStyle(e).getPropertyValue('page') !== 'auto';
          return (
            r.width > 0 &&
            r.right > width + 1 &&
            !el.closest('.katex-mathml, .sr-only') &&
            !el.parentElement?.closest('svg') &&
            ![el, ...ancestors(el)].some(onNamedPage)
          );
        })
        .slice(0, 3)
        .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${(el.textContent ?? '').trim().slice(0, 60)}"`);
    });
    if (overflow.length) {
      log.warn(`PDF export: ${source}: content wider than the page, so Chromium shrinks every page of this PDF to fit: ${overflow.join('; ')}`);
    }

    const path = join(outDir, meta.file);
    const pdf = await page.pdf({
      path,
      format: 'A4',
      printBackground: true,
      outline: true,
      tagged: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      ...templates(meta.title || meta.site, meta.site || meta.title),
    });
    const bytes = (await stat(path).catch(() => undefined))?.size ?? 0;
    if (bytes === 0 || pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error(`PDF export: ${meta.file} was not written.`);
    const pages = countPdfPages(pdf);
    if (pages === 0) throw new Error(`PDF export: ${meta.file} has no pages.`);
    const ms = Math.round(performance.now() - t0);
    log.info(`${meta.file}: ${pages} pages, ${formatBytes(bytes)}, ${ms} ms`);
    return { file: meta.file, path: `${PDF_DIR}/${meta.file}`, title: meta.title, source, bytes, pages, ms };
  } finally {
    await page.close();
  }
}

// CLI: node src/plugins/print/pdf/export.mjs [dist]
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const distDir = resolve(process.argv[2] ?? fileURLToPath(new URL('../../../../dist/', import.meta.url)));
  exportPdfs({ distDir, base: process.env.BASE_PATH || '/' }).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
