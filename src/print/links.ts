/**
 * Rewrites the links of a chapter's rendered HTML for a printed document (a PDF):
 *
 * - a link to a page that is inside the same document becomes an in-document anchor
 *   (`/handbook/metrics/#log-loss` → `#log-loss` in the metrics PDF, or
 *   `#metrics--log-loss` in the whole-handbook PDF), so it jumps there in the PDF;
 * - any other site link becomes an absolute URL of the hosted page (Astro's `site` +
 *   `base`), because a relative link means nothing inside a downloaded file;
 * - external links (`https:`, `mailto:` …) are left alone and stay clickable.
 *
 * In the whole handbook, heading ids repeat across chapters (every chapter has
 * "References"), so a chapter's heading and footnote ids are prefixed with its key.
 *
 * Pure string → string over Astro's serialised HTML (double-quoted attributes), so it
 * runs at build time without a DOM and is unit-tested beside this file.
 */
import { chapterAnchor, handbookAnchor } from './chapters';

export interface PrintDocument {
  /** 'chapter': one chapter per document, ids kept; 'handbook': every chapter, ids prefixed. */
  mode: 'chapter' | 'handbook';
  /** Chapters printed in this document: entry id → slugs of its headings. */
  chapters: ReadonlyMap<string, ReadonlySet<string>>;
  /** Astro `base`, e.g. `/` or `/handbook/`. */
  base: string;
  /** Astro `site`, e.g. `https://example.org`: origin of the hosted pages. */
  site: string;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (s: string) => s.replace(/&(?:amp|quot|#39|#x27|lt|gt);/g, (m) => ENTITIES[m] ?? m);
const encode = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** Ids that must be prefixed in the handbook: headings, plus GFM footnotes and their label. */
function idsToPrefix(html: string, headingSlugs: ReadonlySet<string>): Set<string> {
  const ids = new Set(headingSlugs);
  for (const m of html.matchAll(/\sid="([^"]+)"/g)) {
    const id = decode(m[1]!);
    if (id.startsWith('user-content-') || id === 'footnote-label') ids.add(id);
  }
  return ids;
}

function normaliseBase(base: string): string {
  return base.replace(/\/?$/, '/').replace(/^\/?/, '/');
}

/** Where a site link points: the entry id of the page (`metrics`, `` for the landing page), or undefined. */
function pageIdOf(pathname: string, base: string): string {
  const rel = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  return decodeURIComponent(rel).replace(/\/?index\.html$/, '').replace(/^\/+|\/+$/g, '');
}

/** Rewrites one href found in chapter `chapterId` (already HTML-decoded). */
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
  const target = pageIdOf(url.pathname, base);
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

/** Rewrites links (and, in the handbook, ids) of one chapter's rendered HTML. */
export function rewriteChapterHtml(html: string, chapterId: string, doc: PrintDocument): string {
  const prefixed = doc.mode === 'handbook' ? idsToPrefix(html, doc.chapters.get(chapterId) ?? new Set()) : new Set<string>();

  let out = html.replace(/<a\b[^>]*>/g, (tag) =>
    tag.replace(/(\shref=")([^"]*)(")/, (_m, pre: string, value: string, post: string) => {
      return `${pre}${encode(rewriteHref(decode(value), chapterId, doc, prefixed))}${post}`;
    }),
  );

  if (prefixed.size > 0) {
    const prefix = (id: string) => (prefixed.has(id) ? handbookAnchor(chapterId, id) : id);
    out = out.replace(/(\sid=")([^"]+)(")/g, (_m, pre: string, id: string, post: string) => `${pre}${encode(prefix(decode(id)))}${post}`);
    out = out.replace(
      /(\saria-(?:describedby|labelledby)=")([^"]+)(")/g,
      (_m, pre: string, ids: string, post: string) => `${pre}${ids.split(/\s+/).map((id) => encode(prefix(decode(id)))).join(' ')}${post}`,
    );
  }
  return out;
}
