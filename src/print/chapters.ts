/**
 * What a "chapter" is for print and PDF, and how its print view and PDF are named.
 *
 * A chapter is every page a reader reaches from the sidebar: the framework, metrics and
 * serving chapters, the how-to-use guide, the tools page and each case study. The
 * landing page (a splash page with a hero), the 404 page and drafts are not chapters.
 * One rule here serves the print routes, the "Download PDF" links and the handbook.
 */
import { withBase } from '../site-path';

/** The parts of a docs entry (or of Starlight's route entry) this module looks at. */
export interface PageLike {
  id: string;
  data: { kind?: string; template?: string; hero?: unknown; draft?: boolean };
}

/** True for a page that gets its own print view and PDF. */
export function isChapter(entry: PageLike): boolean {
  const { data, id } = entry;
  if (data.kind === 'landing' || data.template === 'splash' || data.hero) return false;
  if (id === '404' || id.endsWith('/404')) return false;
  return !data.draft;
}

/** Entry id (`case-studies/news-feed`) → flat key used for PDF names and anchors (`case-studies-news-feed`). */
export function chapterKey(id: string): string {
  return id.replace(/^\/+|\/+$/g, '').replaceAll('/', '-');
}

/** File name of a chapter's PDF inside `/pdf/`. */
export function chapterPdfName(id: string): string {
  return `${chapterKey(id)}.pdf`;
}

/** The whole handbook's PDF. */
export const HANDBOOK_PDF = 'handbook.pdf';

/** Base-relative path of the PDFs folder. */
export const PDF_DIR = 'pdf';

/** URL of a PDF under the site's base (`/handbook/pdf/metrics.pdf`). */
export function pdfHref(base: string, file: string): string {
  return withBase(`/${PDF_DIR}/${file}`, base);
}

/** Anchor of a chapter's first heading in the whole-handbook view. */
export function chapterAnchor(id: string): string {
  return `chapter-${chapterKey(id)}`;
}

/** Anchor of a heading inside a chapter in the whole-handbook view: ids repeat across chapters. */
export function handbookAnchor(id: string, slug: string): string {
  return `${chapterKey(id)}--${slug}`;
}

/** True when a Starlight route is one of the print views (they live under `/print/`). */
export function isPrintRoute(routeId: string): boolean {
  return routeId === 'print' || routeId.startsWith('print/');
}
