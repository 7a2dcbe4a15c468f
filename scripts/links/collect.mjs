// @ts-check
/**
 * Which external addresses the built site links to, and from which pages: every
 * `<a href>` with an http(s) address on another host than the site's own. Read from the
 * HTML in dist/ (so links written by components and frontmatter count, not only the
 * Markdown), parsed as a browser would. Pure apart from reading files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** Hosts that are never external, whatever SITE_URL says: a local build's own server. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The external link targets in one page, in document order, each once, without their
 * fragment (`#section` is the page's business, not the server's).
 * @param {string} html
 * @param {string} siteOrigin  the origin the site is served from (links there are internal)
 * @returns {string[]}
 */
export function externalLinks(html, siteOrigin) {
  const own = new URL(siteOrigin).host;
  /** @type {Set<string>} */
  const found = new Set();
  visit(fromHtml(html), 'element', (node) => {
    if (node.tagName !== 'a') return;
    const href = node.properties['href'];
    if (typeof href !== 'string') return;
    let url;
    try {
      url = new URL(href);
    } catch {
      return; // relative: an internal link, checked by the build's link validator
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    if (url.host === own || LOCAL_HOSTS.has(url.hostname)) return;
    url.hash = '';
    found.add(url.href);
  });
  return [...found];
}

/**
 * Every external link of the built site: address → the site paths that link to it.
 * Print views (/print/…) repeat the pages they print, so they are skipped.
 * @param {string} dist
 * @param {string} siteOrigin
 * @param {{ skipDirs?: readonly string[] }} [options]
 * @returns {Map<string, string[]>}
 */
export function collectSiteLinks(dist, siteOrigin, { skipDirs = ['print'] } = {}) {
  /** @type {Map<string, string[]>} */
  const links = new Map();
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !skipDirs.some((d) => f.startsWith(`${d}/`)))
    .sort();
  for (const file of files) {
    const page = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
    for (const url of externalLinks(readFileSync(join(dist, file), 'utf8'), siteOrigin)) {
      links.set(url, [...(links.get(url) ?? []), page]);
    }
  }
  return links;
}
