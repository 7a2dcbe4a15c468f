import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, type PageKind } from '../../content/page-metadata';
import { HANDBOOK_PDF } from './constants.mjs';
import { chapterAnchor, handbookAnchor, hasPdf, isPrintRoute, pdfFor } from './pages';

const page = (id: string, kind: PageKind | undefined, draft = false) => ({ id, data: { kind, draft } });

describe('which pages print', () => {
  it('gives a PDF to the pages a reader studies from, by kind', () => {
    const printed = PAGE_KINDS.filter((kind) => hasPdf(page('x', kind)));
    expect(printed).toEqual(['guide', 'chapter', 'case-study', 'tools']);
  });

  it('leaves out drafts and entries without a kind (Starlight’s built-in 404)', () => {
    expect(hasPdf(page('metrics', 'chapter', true))).toBe(false);
    expect(hasPdf(page('404', undefined))).toBe(false);
  });

  it('offers each page its own PDF, the landing page the whole handbook, others none', () => {
    expect(pdfFor(page('case-studies/news-feed', 'case-study'))).toBe('case-studies-news-feed.pdf');
    expect(pdfFor(page('index', 'landing'))).toBe(HANDBOOK_PDF);
    expect(pdfFor(page('404', 'not-found'))).toBeUndefined();
    expect(pdfFor(page('404', undefined))).toBeUndefined();
    // A print view is the source of a PDF, not a page that offers one.
    expect(pdfFor(page('print/metrics', 'guide'))).toBeUndefined();
  });
});

describe('print routes and anchors', () => {
  it('recognises the print views by their folder only', () => {
    expect(isPrintRoute('print/metrics')).toBe(true);
    expect(isPrintRoute('print')).toBe(true);
    expect(isPrintRoute('printing-guide')).toBe(false);
    expect(isPrintRoute('metrics/print')).toBe(false);
  });

  it('names anchors after the flat page key', () => {
    expect(chapterAnchor('case-studies/news-feed')).toBe('chapter-case-studies-news-feed');
    expect(handbookAnchor('case-studies/news-feed', 'model')).toBe('case-studies-news-feed--model');
  });
});
