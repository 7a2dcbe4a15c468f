/**
 * Rewrites one page's rendered HTML for a printed document (a PDF), on its hast tree:
 *
 * - a link to a page that is inside the same document becomes an in-document anchor
 *   (`/handbook/metrics/#log-loss` → `#log-loss` in the metrics PDF, or
 *   `#metrics--log-loss` in the whole-handbook PDF), so it jumps there in the PDF;
 * - any other site link becomes an absolute URL of the hosted page (Astro's `site` +
 *   `base`), because a relative link means nothing inside a downloaded file;
 * - external links (`https:`, `mailto:` …) are left alone and stay clickable;
 * - a heading's own permalink (a link to the heading, right after it) is dropped: on
 *   paper it is an icon that goes nowhere.
 *
 * In the whole handbook, heading ids repeat across pages (every case study has
 * "References"), so a page's heading and footnote ids are prefixed with its key, and so
 * are the links and ARIA references to them.
 *
 * The HTML is parsed and serialised with hast (hast-util-from-html / -to-html), so
 * quoting, entities, SVG and MathML are handled by an HTML parser, not by patterns.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { entryIdOf } from '../../site-path';
import { chapterAnchor, handbookAnchor } from './pages';

export interface PrintDocument {
  /** 'chapter': one page per document, ids kept; 'handbook': every page, ids prefixed. */
  mode: 'chapter' | 'handbook';
  /** Pages printed in this document: entry id → slugs of its headings. */
  chapters: ReadonlyMap<string, ReadonlySet<string>>;
  /** Astro `base`, e.g. `/` or `/handbook/`. */
  base: string;
  /** Astro `site`, e.g. `https://example.org`: origin of the hosted pages. */
  site: string;
}

const HEADING = /^h[1-6]$/;
/** hast property names of the attributes that hold id references. */
const ID_LIST_PROPERTIES = ['ariaDescribedBy', 'ariaLabelledBy'] as const;

function normaliseBase(base: string): string {
  return base.replace(/\/?$/, '/').replace(/^\/?/, '/');
}

/** Rewrites one href found in page `chapterId`. */
export function rewriteHref(href: string, chapterId: string, doc: PrintDocument, prefixed: ReadonlySet<string> = new Set()): string {
  const base = normaliseBase(doc.base);
  if (href.startsWith('#')) {
    if (doc.mode === 'chapter') return href;
    const frag = decodeURIComponent(href.slice(1));
    if (frag === '' || frag === '_top') return `#${chapterAnchor(chapterId)}`;
    return prefixed.has(frag) ? `#${handbookAnchor(chapterId, frag)}` : href;
  }
  // External: any scheme, or protocol-relative.
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return href;

  const pageUrl = new URL(`${base}${chapterId}/`, 'http://print.invalid');
  const url = new URL(href, pageUrl);
  const target = entryIdOf(url.pathname, base);
  const frag = decodeURIComponent(url.hash.slice(1));
  const slugs = doc.chapters.get(target);
  if (slugs && !url.search) {
    if (doc.mode === 'chapter') return `#${frag || '_top'}`;
    if (frag && slugs.has(frag)) return `#${handbookAnchor(target, frag)}`;
    if (frag && target === chapterId) return prefixed.has(frag) ? `#${handbookAnchor(target, frag)}` : `#${frag}`;
    return `#${chapterAnchor(target)}`;
  }
  const path = url.pathname.startsWith(base) ? url.pathname : `${base}${url.pathname.replace(/^\/+/, '')}`;
  return new URL(`${path}${url.search}${url.hash}`, doc.site).href;
}

const isElement = (node: ElementContent | undefined): node is Element => node?.type === 'element';
const isBlank = (node: ElementContent) => node.type === 'comment' || (node.type === 'text' && node.value.trim() === '');

/**
 * Drops each heading's permalink: an `<a href="#id">` that directly follows the heading
 * with that id. A wrapper left holding only the heading is replaced by the heading, so
 * the heading prints as a plain block with nothing reserved for the icon.
 */
export function dropHeadingPermalinks(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    const kids = node.children;
    let dropped = false;
    for (let i = 0; i < kids.length; i++) {
      const heading = kids[i];
      if (!isElement(heading) || !HEADING.test(heading.tagName) || typeof heading.properties.id !== 'string') continue;
      let j = i + 1;
      while (j < kids.length && isBlank(kids[j]!)) j++;
      const link = kids[j];
      if (isElement(link) && link.tagName === 'a' && link.properties.href === `#${heading.properties.id}`) {
        kids.splice(i + 1, j - i);
        dropped = true;
      }
    }
    if (!dropped || node.tagName !== 'div' || !parent || index === undefined) return;
    const left = kids.filter((c) => !isBlank(c));
    if (left.length === 1 && isElement(left[0]) && HEADING.test(left[0].tagName)) parent.children[index] = left[0];
  });
}

/** Ids that must be prefixed in the handbook: headings, plus GFM footnotes and their label. */
function idsToPrefix(tree: Root, headingSlugs: ReadonlySet<string>): Set<string> {
  const ids = new Set(headingSlugs);
  visit(tree, 'element', (node) => {
    const id = node.properties.id;
    if (typeof id === 'string' && (id.startsWith('user-content-') || id === 'footnote-label')) ids.add(id);
  });
  return ids;
}

/** Rewrites a page's hast tree in place for document `doc`. */
export function rewritePrintTree(tree: Root, chapterId: string, doc: PrintDocument): void {
  dropHeadingPermalinks(tree);
  const prefixed = doc.mode === 'handbook' ? idsToPrefix(tree, doc.chapters.get(chapterId) ?? new Set()) : new Set<string>();
  const prefix = (id: string) => (prefixed.has(id) ? handbookAnchor(chapterId, id) : id);

  visit(tree, 'element', (node) => {
    const { properties } = node;
    if (node.tagName === 'a' && typeof properties.href === 'string') {
      properties.href = rewriteHref(properties.href, chapterId, doc, prefixed);
    }
    if (prefixed.size === 0) return;
    if (typeof properties.id === 'string') properties.id = prefix(properties.id);
    for (const name of ID_LIST_PROPERTIES) {
      // Space-separated id lists: hast parses them into arrays.
      const refs = properties[name];
      if (Array.isArray(refs)) properties[name] = refs.map((ref) => prefix(String(ref)));
    }
  });
}

/** Rewrites the links (and, in the handbook, the ids) of one page's rendered HTML. */
export function rewritePrintHtml(html: string, chapterId: string, doc: PrintDocument): string {
  const tree = fromHtml(html, { fragment: true });
  rewritePrintTree(tree, chapterId, doc);
  return toHtml(tree);
}
