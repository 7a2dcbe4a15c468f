/** The built site's pages, read from its sitemap, as paths relative to the base. */
import type { APIRequestContext } from '@playwright/test';

export async function sitemapPaths(request: APIRequestContext, baseURL: string): Promise<string[]> {
  const index = await (await request.get(new URL('sitemap-index.xml', baseURL).href)).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths: string[] = [];
  const basePath = new URL(baseURL).pathname;
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(new URL(sitemap.slice(basePath.length), baseURL).href)).text();
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const pathname = new URL(m[1]!).pathname;
      paths.push(pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname.replace(/^\//, ''));
    }
  }
  return paths;
}
