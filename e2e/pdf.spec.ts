/**
 * PDFs and print: checks the built PDFs in dist/pdf/ with poppler (pdfinfo, pdftotext,
 * pdftoppm) and the PDF bytes themselves, against expectations read from the MDX
 * sources (titles, h2 headings, diagram labels), not from the code that made the PDFs.
 * Then the Download PDF links on the served site, and the browser's print media.
 *
 * Run after `npm run build` (same BASE_PATH and SITE_URL for build and test).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as plain } from '@playwright/test';
import { drawings } from './diagram-drawing';
import { expect, path, test } from './fixtures';
import { CALCULATOR_NAMES } from '../src/calculators/registry';
import { toolsMarkdown } from '../src/calculators/tools-page';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'dist');
const PDF_DIR = join(DIST, 'pdf');
const DOCS = join(ROOT, 'src', 'content', 'docs');
const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');
const SITE = new URL(BASE, process.env.SITE_URL || 'http://localhost:4321').href;

// ---------------------------------------------------------------- expectations from the sources

interface Chapter {
  id: string;
  file: string;
  title: string;
  h2: string[];
  /** One label per mermaid diagram, as written in the source. */
  diagramLabels: string[];
  hasMath: boolean;
  chars: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

function stripInlineMarkdown(s: string): string {
  return s
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .replace(/\s*\{#[^}]*\}\s*$/, '')
    .trim();
}

/** A short, plain label per mermaid block: node labels (`A["…"]`, `B[…]`, `C{…}`) or participants. */
function diagramLabels(body: string): string[] {
  const labels: string[] = [];
  for (const [, block] of body.matchAll(/^```mermaid\n([\s\S]*?)^```/gm)) {
    const candidates = [
      ...[...block!.matchAll(/\b\w+\s*(?:\[\[?|\(\(?|\{\{?)"?([^"\]\)\}\n]+?)"?(?:\]\]?|\)\)?|\}\}?)/g)].map((m) => m[1]!),
      ...[...block!.matchAll(/participant\s+\w+\s+as\s+(.+)$/gm)].map((m) => m[1]!),
    ]
      .map((l) => l.trim())
      .filter((l) => l.length >= 3 && !/[#<>&*_`\\]/.test(l));
    const short = candidates.filter((l) => l.length <= 24);
    const pick = short[0] ?? candidates.sort((a, b) => a.length - b.length)[0];
    if (pick) labels.push(pick);
  }
  return labels;
}

const chapters: Chapter[] = walk(DOCS)
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => {
    // The Tools page's calculator sections are written from each calculator's tools.md.
    const text = readFileSync(f, 'utf8').replace('<CalculatorSections />', () => CALCULATOR_NAMES.map((n) => toolsMarkdown(n)).join('\n'));
    const fm = text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
    const body = text.slice(fm.length + 8);
    const id = relative(DOCS, f).split(sep).join('/').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
    const field = (name: string) => fm.match(new RegExp(`^${name}:\\s*(.+)$`, 'm'))?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2');
    const withoutCode = body.replace(/^```[\s\S]*?^```/gm, '');
    return {
      id,
      file: `${id.replaceAll('/', '-')}.pdf`,
      title: field('title') ?? id,
      h2: [...withoutCode.matchAll(/^## (.+)$/gm)].map((m) => stripInlineMarkdown(m[1]!)).filter((h) => !h.includes('$')),
      diagramLabels: diagramLabels(body),
      hasMath: /^\$\$/m.test(withoutCode),
      chars: body.length,
      skip: id === '' || id === '404' || field('template') === 'splash' || field('kind') === 'landing' || field('draft') === 'true',
    };
  })
  .filter((c) => !c.skip);

// ---------------------------------------------------------------- reading PDFs

function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${cmd} is missing: install poppler-utils (Debian/Ubuntu: apt-get install poppler-utils).`);
    }
    throw error;
  }
}

/** Comparable text: ligatures, curly quotes, dashes and whitespace folded. */
const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]|-{2,3}/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * For outline titles: Chromium builds them from the heading's line boxes and drops the
 * space where a long heading wraps ("negative" + "downsampling"), so compare without spaces.
 */
const squash = (s: string) => norm(s).replace(/ /g, '');

function pdfText(file: string): string {
  return run('pdftotext', ['-enc', 'UTF-8', file, '-']);
}

function pdfInfo(file: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', [file])
      .split('\n')
      .map((l) => l.match(/^([^:]+):\s*(.*)$/))
      .filter((m): m is RegExpMatchArray => !!m)
      .map((m) => [m[1]!, m[2]!]),
  );
}

/** Decodes a PDF string token: `(literal)` or `<FEFF…>` UTF-16BE hex. */
function pdfString(token: string): string {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '');
    const bytes = Buffer.from(hex, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  const inner = token.slice(1, -1);
  const raw = inner.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_m, e: string) =>
    /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e,
  );
  return Buffer.from(raw, 'latin1').toString('utf8');
}

interface PdfStructure {
  outlineTitles: string[];
  uris: string[];
  linkDests: string[];
  namedDests: Set<string>;
}

/** Outline, links and named destinations, read from Chromium's (uncompressed) PDF objects. */
function pdfStructure(file: string): PdfStructure {
  const src = readFileSync(file).toString('latin1');
  const str = String.raw`(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)`;
  const outlineTitles = [...src.matchAll(new RegExp(String.raw`<<\s*/Title ${str}\s*/Dest`, 'g'))].map((m) => pdfString(m[1]!));
  const annots = [...src.matchAll(/<<\s*\/Type \/Annot\s*\/Subtype \/Link([\s\S]*?)endobj/g)].map((m) => m[1]!);
  const uris = annots.flatMap((a) => [...a.matchAll(new RegExp(String.raw`/URI ${str}`, 'g'))].map((m) => pdfString(m[1]!)));
  const pdfName = (n: string) => n.replace(/#([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  const linkDests = annots.flatMap((a) => [...a.matchAll(/\/Dest \/([^\s/\[\]<>()]+)/g)].map((m) => pdfName(m[1]!)));
  const destsRef = src.match(/\/Dests (\d+) 0 R/)?.[1];
  const destsObj = destsRef ? (src.match(new RegExp(String.raw`\n${destsRef} 0 obj\s*([\s\S]*?)endobj`))?.[1] ?? '') : '';
  const namedDests = new Set([...destsObj.matchAll(/\/([^\s/\[\]<>()]+)\s*\[/g)].map((m) => pdfName(m[1]!)));
  return { outlineTitles, uris, linkDests, namedDests };
}

/** Dark pixels in each page's body (between the running header and footer), from a 20 dpi greyscale render. */
function inkPerPage(file: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-ink-'));
  try {
    run('pdftoppm', ['-gray', '-r', '20', file, join(dir, 'p')]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort()
      .map((f) => {
        const buf = readFileSync(join(dir, f));
        const header = buf.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
        if (!header) throw new Error(`unexpected pdftoppm output ${f}`);
        const [w, h] = [Number(header[1]), Number(header[2])];
        const pixels = buf.subarray(header[0].length);
        // Skip the running header (top 22 mm) and footer (bottom 21 mm), portrait or landscape.
        const mm = 20 / 25.4;
        const top = Math.round(22 * mm);
        const bottom = h - Math.round(21 * mm);
        let ink = 0;
        for (let y = top; y < bottom; y++) for (let x = 0; x < w; x++) if (pixels[y * w + x]! < 200) ink++;
        return ink;
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Report {
  totalMs: number;
  pdfs: { file: string; bytes: number; pages: number; ms: number; title: string }[];
}
const readReport = (): Report => JSON.parse(readFileSync(join(PDF_DIR, 'report.json'), 'utf8')) as Report;

// ---------------------------------------------------------------- the PDFs

plain.describe('PDFs', () => {
  plain('there is one per chapter, plus the handbook, and the report lists them', () => {
    expect(chapters.length, 'chapters found in src/content/docs').toBeGreaterThan(0);
    const report = readReport();
    const expected = [...chapters.map((c) => c.file), 'handbook.pdf'].sort();
    expect(report.pdfs.map((p) => p.file).sort()).toEqual(expected);
    expect(readdirSync(PDF_DIR).filter((f) => f.endsWith('.pdf')).sort()).toEqual(expected);
    expect(report.totalMs).toBeGreaterThan(0);
    for (const p of report.pdfs) {
      expect(p.bytes, p.file).toBe(statSync(join(PDF_DIR, p.file)).size);
      expect(Number(pdfInfo(join(PDF_DIR, p.file))['Pages']), p.file).toBe(p.pages);
    }
  });

  for (const chapter of chapters) {
    plain(`${chapter.file}: opens, tagged, with outline, title, headings, diagram labels and no blank page`, () => {
      const file = join(PDF_DIR, chapter.file);
      expect(existsSync(file), `${chapter.file} exists`).toBe(true);

      const info = pdfInfo(file);
      const pages = Number(info['Pages']);
      expect(info['Tagged'], 'tagged PDF').toBe('yes');
      expect(info['Page size']).toContain('A4');
      expect(pages).toBeGreaterThanOrEqual(chapter.chars > 8000 ? 2 : 1);
      expect(pages, 'not absurdly long').toBeLessThan(chapter.chars / 400 + 10);

      const text = norm(pdfText(file));
      expect(text).toContain(norm(chapter.title));
      for (const h of chapter.h2) expect(text, `h2 "${h}"`).toContain(norm(h));
      for (const label of chapter.diagramLabels) expect(text, `diagram label "${label}" as text`).toContain(norm(label));
      // Formulas are typeset as MathML in a math font (one with an OpenType MATH table),
      // not left as TeX source.
      if (chapter.hasMath) {
        expect(run('pdffonts', [file]), 'a math font embedded').toMatch(/Math/);
        expect(text, 'no raw TeX').not.toMatch(/\\frac\{/);
      }

      const { outlineTitles, uris, linkDests, namedDests } = pdfStructure(file);
      const outline = outlineTitles.map(squash);
      expect(outline, 'outline has the title').toContain(squash(chapter.title));
      for (const h of chapter.h2) expect(outline, `outline has "${h}"`).toContain(squash(h));

      // Site links point at the hosted site (never the local server that printed them);
      // in-document links land on a destination that exists.
      for (const uri of uris) expect(uri, 'absolute link').toMatch(/^(https?:|mailto:)/);
      expect(uris.filter((u) => u.startsWith('http://127.0.0.1:'))).toEqual([]);
      // The page's own address under its title is the public one (SITE_URL).
      expect(uris, `a link to ${SITE}${chapter.id}/`).toContain(`${SITE}${chapter.id}/`);
      for (const dest of linkDests) expect(namedDests, `link target #${dest}`).toContain(dest);

      const ink = inkPerPage(file);
      expect(ink.length).toBe(pages);
      ink.forEach((dark, i) => expect(dark, `page ${i + 1} of ${chapter.file} has content`).toBeGreaterThan(10));
    });
  }

  plain('handbook.pdf: cover, contents, every chapter, internal links that land', () => {
    const file = join(PDF_DIR, 'handbook.pdf');
    const info = pdfInfo(file);
    const pages = Number(info['Pages']);
    expect(info['Tagged']).toBe('yes');
    // Its title is the landing page's, once (not "Title | Title").
    const landingTitle = readFileSync(join(DOCS, 'index.mdx'), 'utf8').match(/^title:\s*(.+)$/m)![1]!.trim().replace(/^(['"])(.*)\1$/, '$2');
    expect(info['Title'], 'PDF title').toBe(landingTitle);
    const sum = readReport()
      .pdfs.filter((p) => p.file !== 'handbook.pdf')
      .reduce((s, p) => s + p.pages, 0);
    expect(pages, `about the sum of the chapters (${sum})`).toBeGreaterThanOrEqual(Math.floor(sum * 0.85));
    expect(pages).toBeLessThanOrEqual(Math.ceil(sum * 1.15) + 5);

    const raw = pdfText(file);
    const pagesText = raw.split('\f');
    expect(norm(pagesText[1] ?? ''), 'contents on page 2').toContain('contents');
    const text = norm(raw);
    const { outlineTitles, linkDests, namedDests } = pdfStructure(file);
    const outline = outlineTitles.map(squash);
    for (const c of chapters) {
      expect(text).toContain(norm(c.title));
      expect(outline).toContain(squash(c.title));
      for (const h of c.h2) expect(text, `${c.id}: "${h}"`).toContain(norm(h));
    }
    // Contents entries and cross-chapter links jump inside the PDF.
    expect(linkDests.length).toBeGreaterThan(chapters.length);
    for (const dest of linkDests) expect(namedDests, `link target #${dest}`).toContain(dest);
    for (const c of chapters) expect(linkDests, `contents links to ${c.id}`).toContain(`chapter-${c.id.replaceAll('/', '-')}`);

    const ink = inkPerPage(file);
    ink.forEach((dark, i) => expect(dark, `page ${i + 1} of the handbook has content`).toBeGreaterThan(10));
  });
});

// ---------------------------------------------------------------- the site

test.describe('Download PDF links', () => {
  test('every chapter page and the landing page link to a PDF that is served', async ({ request }) => {
    const seen = new Map<string, string>();
    for (const c of [{ id: '', file: 'handbook.pdf' }, ...chapters]) {
      const res = await request.get(path(c.id ? `${c.id}/` : ''));
      expect(res.status()).toBe(200);
      const html = await res.text();
      const links = [...html.matchAll(/<a\b([^>]*\bdata-pdf-link="([^"]+)"[^>]*)>([\s\S]*?)<\/a>/g)];
      expect(links.length, `one PDF link on /${c.id}`).toBe(1);
      const [, attrs, file, inner] = links[0]!;
      expect(file).toBe(c.file);
      const href = attrs!.match(/\bhref="([^"]+)"/)![1]!;
      expect(href).toBe(`${BASE}pdf/${c.file}`);
      const text = inner!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
      expect(text).toMatch(/^Download .*PDF \(\d+(\.\d)? (kB|MB)\)$/);
      // The link sits in an element Pagefind ignores.
      const before = html.slice(0, html.indexOf(links[0]![0]));
      expect(before.slice(before.lastIndexOf('<p')), 'data-pagefind-ignore on the link paragraph').toContain('data-pagefind-ignore');
      seen.set(href, c.file);
    }
    for (const [href, file] of seen) {
      const res = await request.get(href);
      expect(res.status(), href).toBe(200);
      expect(res.headers()['content-type'], href).toContain('application/pdf');
      const body = await res.body();
      expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(body.length).toBe(statSync(join(PDF_DIR, file)).size);
    }
  });

  test('the link is visible on a chapter page and leads to the PDF', async ({ page }) => {
    await page.goto(path('metrics/'));
    await expect(page.locator('link[rel="canonical"]'), 'canonical at the public address').toHaveAttribute('href', `${SITE}metrics/`);
    const link = page.getByRole('link', { name: /^Download PDF \(/ });
    await expect(link).toBeVisible();
    const response = await page.request.get((await link.getAttribute('href'))!);
    expect(response.headers()['content-type']).toContain('application/pdf');
  });
});

test.describe('print', () => {
  test('a normal page prints without chrome, with the light diagram', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    await page.goto(path('start-here/how-to-use/'));
    await expect(page.locator('header.header')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['header.header', 'nav.sidebar', '.right-sidebar-container', 'site-search', 'starlight-theme-select', '.pdf-link', '.pagination-links']) {
      const el = page.locator(chrome);
      if ((await el.count()) > 0) await expect(el.first(), `${chrome} hidden in print`).toBeHidden();
    }
    await expect(page.locator('h1#_top')).toBeVisible();
    await expect(page.locator('.sl-markdown-content p').first()).toBeVisible();
    await expect(page.locator('figure.diagram svg').first()).toBeVisible();
    // The diagram keeps its styles (no black boxes), in its light colours although the
    // reader's theme is dark: mermaid's default theme fills nodes with #ECECFF.
    const [drawing] = await drawings(page, 'figure.diagram', { shapes: true });
    const nodes = drawing!.shapes.filter((s) => s.classes.includes('node') && (s.tag === 'rect' || s.tag === 'polygon'));
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) expect(n.fill).toBe('rgb(236, 236, 255)');
  });

  test('print views are not indexed and link only inside the document or to the hosted site', async ({ page, request }) => {
    await page.goto(path('print/metrics/'));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    // Its canonical address is the hosted page it prints, at the public address.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}metrics/`);
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    await expect(page.locator('header.header')).toBeHidden();
    const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(#|https?:|mailto:)/);
    expect(hrefs.some((h) => h.startsWith(`${SITE}experiments/`)), 'links to another chapter go to the hosted page').toBe(true);

    await page.goto(path('print/handbook/'));
    const ids = await page.locator('main [id]').evaluateAll((els) => els.map((e) => e.id));
    const headingIds = await page.locator('main :is(h1, h2, h3, h4)[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(new Set(headingIds).size, 'heading ids are unique in the handbook').toBe(headingIds.length);
    for (const href of await page.locator('main a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)))) {
      expect(ids, `#${href} exists`).toContain(decodeURIComponent(href));
    }

    const sitemap = await request.get(`${BASE}sitemap-0.xml`);
    expect(sitemap.status()).toBe(200);
    const xml = await sitemap.text();
    expect(xml).toContain('/metrics/');
    expect(xml).not.toContain('/print/');
  });

  test('search never returns a print view', async ({ page }) => {
    await page.goto(path(''));
    await page.getByRole('button', { name: /^Search/ }).click();
    await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox').fill('calibration');
    const results = page.locator('.pagefind-ui__result-link');
    await expect(results.first()).toBeVisible({ timeout: 15_000 });
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => h.includes('/print/'))).toEqual([]);
  });

  test('a calculator prints its default result with the print note', async ({ page }) => {
    await page.goto(path('print/tools/'));
    await page.emulateMedia({ media: 'print' });
    const calc = page.locator('section.calculator').first();
    await expect(calc.locator('.calculator-print-note')).toBeVisible();
    await expect(calc.locator('.calculator-print-note a')).toHaveAttribute('href', /^https?:\/\//);
    await expect(calc.locator('table').first()).toBeVisible();
    await expect(calc.locator('td').first()).not.toBeEmpty();
    expect(pdfText(join(PDF_DIR, 'tools.pdf'))).toContain('Interactive version');
  });
});
