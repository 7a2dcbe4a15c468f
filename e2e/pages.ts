/**
 * The built site's pages, read from the sitemap in dist/ when the tests are collected,
 * so that every page gets its own test (and the tests spread across workers).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export function builtPages(): string[] {
  const dist = new URL('../dist/', import.meta.url);
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error('No sitemap in dist/: run `npm run build` before the browser tests.');
  const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  const paths = files.flatMap((f) =>
    [...readFileSync(new URL(f, dist), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  return paths.map((p) => (p.startsWith(base) ? p.slice(base.length) : p.replace(/^\//, '')));
}

/**
 * Every HTML file in dist/ as a base-relative path (`metrics/`, `print/handbook/`,
 * `404.html`): the sitemap's pages plus what it leaves out on purpose (print views, 404).
 */
export function builtHtmlPaths(): string[] {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
  const files = walk(dist).filter((f) => f.endsWith('.html'));
  if (files.length === 0) throw new Error('No HTML in dist/: run `npm run build` before the browser tests.');
  return files
    .map((f) => relative(dist, f).split(sep).join('/'))
    .map((f) => (f === 'index.html' ? '' : f.replace(/(^|\/)index\.html$/, '$1')))
    .sort();
}

/** Where a built path's HTML file is in dist/ (for checks that read the files themselves). */
export function distFile(sitePath: string): string {
  const file = sitePath === '' || sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return fileURLToPath(new URL(`../dist/${file}`, import.meta.url));
}
