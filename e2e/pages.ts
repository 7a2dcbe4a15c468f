/**
 * The built site's pages, read from the sitemap in dist/ when the tests are collected,
 * so that every page gets its own test (and the tests spread across workers).
 */
import { readdirSync, readFileSync } from 'node:fs';

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
