/**
 * Search on the built site (Pagefind runs only in `astro build`): what a reader sees in
 * the results. Excerpts must read as prose: no text of calculator controls, no table
 * header cells run together, no TeX source. A query that names a section finds the
 * sections of that name first.
 *
 * The excerpt checks query the site's own Pagefind index in the browser, with probes
 * taken from the built pages (their table headers, their calculators' controls, the TeX
 * of their formulas), so they follow the content as it changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, path, test } from './fixtures';
import { builtPages } from './pages';

const DOCS = fileURLToPath(new URL('../src/content/docs/', import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

/** Site paths (`serving/`) of the pages whose source has a section heading with exactly this text. */
/** Pages with a section whose heading is, or begins with, the title ("Position bias and unbiased learning to rank"). */
function pagesWithSection(title: string): string[] {
  const heading = new RegExp(`^#{2,4}\\s+${title}\\b`, 'im');
  return walk(DOCS)
    .filter((f) => /\.mdx?$/.test(f) && heading.test(readFileSync(f, 'utf8').replace(/^```[\s\S]*?^```/gm, '')))
    .map((f) => `${relative(DOCS, f).split(sep).join('/').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}/`.replace(/^\/$/, ''));
}

/** Lower-case text with whitespace folded, for comparing excerpts with page text. */
const norm = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

interface Excerpt {
  url: string;
  text: string;
}

/** Every excerpt (page and section) Pagefind returns for each query, read through the site's own index. */
async function excerpts(page: Page, baseURL: string | undefined, queries: string[]): Promise<Map<string, Excerpt[]>> {
  const script = new URL('pagefind/pagefind.js', baseURL).pathname;
  const found = await page.evaluate(async ([url, qs]) => {
    const pagefind = await import(url);
    const out: [string, { url: string; text: string }[]][] = [];
    for (const q of qs as readonly string[]) {
      const search = await pagefind.search(q);
      const data = await Promise.all(search.results.slice(0, 8).map((r: { data: () => Promise<unknown> }) => r.data()));
      out.push([
        q,
        data.flatMap((d: any) => [{ url: d.url, text: d.excerpt }, ...d.sub_results.map((s: any) => ({ url: s.url, text: s.excerpt }))]),
      ]);
    }
    return out;
  }, [script, queries] as const);
  return new Map(found.map(([q, list]) => [q, list.map((e) => ({ url: e.url, text: norm(e.text) }))]));
}

test.describe('search excerpts', () => {
  test('carry no table header cells run together', async ({ page, baseURL }) => {
    // Header rows (three cells or more) of the tables in the content of every built page.
    // Calculators' own result tables are left to the calculator test below.
    await page.goto(path(''));
    const urls = builtPages().map((p) => new URL(path(p), baseURL).href);
    const rows = await page.evaluate(async (list) => {
      const out: string[][] = [];
      for (const url of list) {
        // Without its <style> elements: a parsed document falls under this page's CSP,
        // which does not list another page's diagram stylesheets (only text is read here).
        const html = (await (await fetch(url)).text()).replace(/<style\b[\s\S]*?<\/style>/g, '');
        const doc = new DOMParser().parseFromString(html, 'text/html');
        doc.querySelectorAll('[data-calculator]').forEach((el) => el.remove());
        for (const thead of doc.querySelectorAll('main thead')) {
          const cells = [...thead.querySelectorAll('th')].map((th) => (th.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase()).filter(Boolean);
          if (cells.length >= 3) out.push(cells);
        }
      }
      return out;
    }, urls);
    expect(rows.length, 'tables with a header row on the built pages').toBeGreaterThan(3);
    const probes = [...new Set(rows.map((cells) => `${cells[0]} ${cells[1]}`))].slice(0, 25);
    const found = await excerpts(page, baseURL, probes);
    const runs = [...new Set(rows.flatMap((cells) => cells.slice(0, -2).map((_, i) => cells.slice(i, i + 3).join(' '))))];
    let seen = 0;
    const runTogether: string[] = [];
    for (const [query, list] of found) {
      seen += list.length;
      for (const e of list) for (const run of runs) if (e.text.includes(run)) runTogether.push(`"${query}" → ${e.url}: "${run}"`);
    }
    expect(runTogether, 'excerpts with header cells run together').toEqual([]);
    expect(seen, 'the probes found excerpts to check').toBeGreaterThan(0);
  });

  test('carry no text of calculator controls', async ({ page, baseURL }) => {
    await page.goto(path('tools/'));
    const calculators = page.locator('[data-calculator]');
    expect(await calculators.count(), 'calculators on the tools page').toBeGreaterThan(0);
    // Text of the controls and print notes: labels, options, buttons, legends, result headers.
    const ui = await calculators.evaluateAll((roots) => {
      const texts = roots.flatMap((root) =>
        [...root.querySelectorAll('label, option, button, legend, th, caption, .calculator-print-note')].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()),
      );
      return [...new Set(texts)].filter((t) => t.split(' ').length >= 2 && t.length >= 10);
    });
    expect(ui.length, 'calculator control texts to probe').toBeGreaterThan(5);
    const probes = ui.slice(0, 30);
    const found = await excerpts(page, baseURL, probes);
    // An excerpt may quote the same words where a page says them in prose; it must not
    // quote them from a calculator.
    const prose = new Map<string, string>();
    const proseOf = async (url: string) => {
      const key = url.replace(/#.*$/, '');
      if (!prose.has(key)) {
        prose.set(
          key,
          await page.evaluate(async (u) => {
            // Without <style> elements, which this page's CSP would refuse (see above).
            const html = (await (await fetch(u)).text()).replace(/<style\b[\s\S]*?<\/style>/g, '');
            const doc = new DOMParser().parseFromString(html, 'text/html');
            // A calculator's title and description are indexed on purpose (they say what it
            // is); its controls are not.
            doc.querySelectorAll('[data-pagefind-ignore]').forEach((el) => el.remove());
            return (doc.querySelector('[data-pagefind-body]')?.textContent ?? '').replace(/\s+/g, ' ').toLowerCase();
          }, key),
        );
      }
      return prose.get(key)!;
    };
    let seen = 0;
    const quoted: string[] = [];
    for (const [query, list] of found) {
      seen += list.length;
      const needle = norm(query);
      for (const e of list) {
        if (e.text.includes(needle) && !(await proseOf(e.url)).includes(needle)) quoted.push(`"${query}" in the excerpt for ${e.url}`);
      }
    }
    expect(quoted, 'excerpts quoting calculator controls').toEqual([]);
    expect(seen, 'the probes found excerpts to check').toBeGreaterThan(0);
  });

  test('carry no TeX source', async ({ page, baseURL }) => {
    await page.goto(path('metrics/'));
    // Command names of the formulas on the page (\frac, \sum …), and the words inside
    // \text{…}: what an index holding TeX source would match.
    const tex = await page.locator('annotation[encoding="application/x-tex"]').allTextContents();
    const commands = [...new Set(tex.flatMap((t) => [...t.matchAll(/\\([a-zA-Z]{3,})/g)].map((m) => m[1]!)))];
    const probes = [...new Set([...commands.slice(0, 12), 'frac', 'mathrm', 'sum', 'hat'])];
    const found = await excerpts(page, baseURL, probes);
    let seen = 0;
    const withTex: string[] = [];
    for (const [query, list] of found) {
      seen += list.length;
      for (const e of list) if (/\\[a-z]{2,}|[_^]\{|\\\{/i.test(e.text)) withTex.push(`"${query}" → ${e.url}: ${e.text}`);
    }
    expect(withTex, 'excerpts with TeX source').toEqual([]);
    expect(seen, 'the probes found excerpts to check').toBeGreaterThan(0);
  });
});

test('a query that names a section finds the sections of that name first', async ({ page }) => {
  const title = 'Position bias';
  const expected = pagesWithSection(title);
  expect(expected.length, `pages with a "${title}" section`).toBeGreaterThan(0);

  await page.goto(path(''));
  await page.getByRole('button', { name: /^Search/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('textbox').fill(title.toLowerCase());
  const results = dialog.locator('.pagefind-ui__result');
  // Pagefind lists a placeholder per result first and fills each in as its data loads.
  const titleLink = '.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link';
  for (let i = 0; i < expected.length; i++) await expect(results.nth(i).locator(titleLink)).toBeVisible({ timeout: 15_000 });

  const first = await results.evaluateAll(
    (items, { n, link }) =>
      items.slice(0, n).map((item) => ({
        href: item.querySelector(link)?.getAttribute('href') ?? '',
        sections: [...item.querySelectorAll('.pagefind-ui__result-nested .pagefind-ui__result-link')].map((a) => (a.textContent ?? '').trim()),
      })),
    { n: expected.length, link: titleLink },
  );
  const base = new URL(path(''), page.url()).pathname;
  expect(first.map((r) => r.href.replace(/#.*$/, '').slice(base.length)).sort(), `the first ${expected.length} results`).toEqual([...expected].sort());
  for (const r of first) expect(r.sections.some((s) => s.startsWith(title)), `${r.href} shows its "${title}" section`).toBe(true);
});
