/**
 * Which pages print, and how their print views, PDFs and anchors are named.
 *
 * A page gets a print view and a PDF when its `kind` is one a reader studies from: the
 * chapters, the guides (the study guide, the case-study overview), every case study and
 * the tools page. The landing page (it links the whole-handbook PDF instead), the 404 page
 * and drafts do not. One rule here serves the print routes, the "Download PDF" links and
 * the whole-handbook view.
 */
import { isCaseStudy, isChapter, isGuide, isLanding, isToolsPage, type PageKind } from '../../content/page-metadata';
import { withBase } from '../../site-path';
import { HANDBOOK_PDF, PDF_DIR, PRINT_DIR } from './constants.mjs';

/** The parts of a docs entry (or of Starlight's route entry) this module reads. */
export interface PageLike {
  id: string;
  data: { kind?: PageKind | undefined; draft?: boolean | undefined };
}

/** True for a page that gets its own print view and PDF. */
export function hasPdf(entry: PageLike): boolean {
  if (entry.data.draft) return false;
  return isChapter(entry) || isGuide(entry) || isCaseStudy(entry) || isToolsPage(entry);
}

/** Entry id (`case-studies/news-feed`) → flat key used for PDF names and anchors (`case-studies-news-feed`). */
export function pageKey(id: string): string {
  return id.replace(/^\/+|\/+$/g, '').replaceAll('/', '-');
}

/** File name of a page's PDF inside `/pdf/`. */
export function pdfName(id: string): string {
  return `${pageKey(id)}.pdf`;
}

/** The PDF a page offers for download: its own, the whole handbook's on the landing page, or none. */
export function pdfFor(entry: PageLike): string | undefined {
  if (isPrintRoute(entry.id)) return undefined;
  if (isLanding(entry)) return HANDBOOK_PDF;
  return hasPdf(entry) ? pdfName(entry.id) : undefined;
}

/** URL of a PDF under the site's base (`/handbook/pdf/metrics.pdf`). */
export function pdfHref(base: string, file: string): string {
  return withBase(`/${PDF_DIR}/${file}`, base);
}

/** Anchor of a page's title in the whole-handbook view. */
export function chapterAnchor(id: string): string {
  return `chapter-${pageKey(id)}`;
}

/** Anchor of a heading inside a page in the whole-handbook view: ids repeat across pages. */
export function handbookAnchor(id: string, slug: string): string {
  return `${pageKey(id)}--${slug}`;
}

/** True when a Starlight route is one of the print views (they live under `/print/`). */
export function isPrintRoute(routeId: string): boolean {
  return routeId === PRINT_DIR || routeId.startsWith(`${PRINT_DIR}/`);
}
