/**
 * Adds the hashes of a page's content stylesheets (each diagram's <style>, recorded by
 * rehype-mermaid-themes under STYLE_HASHES_KEY) to that page's Content-Security-Policy.
 * Astro writes the policy when it renders <head>, so this must run before the layout: in
 * the route middleware for site pages, in the page's own frontmatter for print views.
 */
import type { AstroGlobal } from 'astro';
import { STYLE_HASHES_KEY } from './hash.mjs';

type Csp = AstroGlobal['csp'];

/** The style hashes a rendered entry's remark/rehype plugins recorded. */
export function contentStyleHashes(remarkPluginFrontmatter: Record<string, unknown>): `sha256-${string}`[] {
  const hashes = remarkPluginFrontmatter[STYLE_HASHES_KEY];
  return Array.isArray(hashes) ? hashes.filter((h): h is `sha256-${string}` => typeof h === 'string' && h.startsWith('sha256-')) : [];
}

export function insertContentStyleHashes(csp: Csp | undefined, remarkPluginFrontmatter: Record<string, unknown>): void {
  // Astro.csp is undefined only when security.csp is off: then there is no policy to extend.
  if (!csp) return;
  for (const hash of contentStyleHashes(remarkPluginFrontmatter)) csp.insertStyleHash(hash);
}
