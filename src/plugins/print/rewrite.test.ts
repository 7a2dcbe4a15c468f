import { describe, expect, it } from 'vitest';
import { pageKey, pdfName, pdfHref } from './pages';
import { rewriteHref, rewritePrintHtml, type PrintDocument } from './rewrite';

const slugs = (...s: string[]) => new Set(s);

const chapterDoc = (base = '/'): PrintDocument => ({
  mode: 'chapter',
  chapters: new Map([['metrics', slugs('log-loss', 'references')]]),
  base,
  site: 'https://example.org',
});

const handbookDoc = (base = '/'): PrintDocument => ({
  mode: 'handbook',
  chapters: new Map([
    ['metrics', slugs('log-loss', 'references')],
    ['case-studies/news-feed', slugs('model', 'references')],
  ]),
  base,
  site: 'https://example.org',
});

describe('chapter names', () => {
  it('flattens nested ids', () => {
    expect(pageKey('case-studies/news-feed')).toBe('case-studies-news-feed');
    expect(pdfName('start-here/how-to-use')).toBe('start-here-how-to-use.pdf');
    expect(pdfHref('/handbook', 'metrics.pdf')).toBe('/handbook/pdf/metrics.pdf');
    expect(pdfHref('/', 'handbook.pdf')).toBe('/pdf/handbook.pdf');
  });
});

describe('rewriteHref in a chapter PDF', () => {
  it('turns links into the same chapter into anchors', () => {
    expect(rewriteHref('/metrics/#log-loss', 'metrics', chapterDoc())).toBe('#log-loss');
    expect(rewriteHref('/metrics/', 'metrics', chapterDoc())).toBe('#_top');
    expect(rewriteHref('#log-loss', 'metrics', chapterDoc())).toBe('#log-loss');
  });

  it('points links to other pages at the hosted site, under the base', () => {
    expect(rewriteHref('/serving/#caching', 'metrics', chapterDoc())).toBe('https://example.org/serving/#caching');
    expect(rewriteHref('/handbook/serving/', 'metrics', chapterDoc('/handbook/'))).toBe('https://example.org/handbook/serving/');
    expect(rewriteHref('/handbook/metrics/#log-loss', 'metrics', chapterDoc('/handbook/'))).toBe('#log-loss');
    expect(rewriteHref('../serving/', 'metrics', chapterDoc('/handbook/'))).toBe('https://example.org/handbook/serving/');
    expect(rewriteHref('/', 'metrics', chapterDoc())).toBe('https://example.org/');
    expect(rewriteHref('/tools/?cm.tp=4', 'metrics', chapterDoc())).toBe('https://example.org/tools/?cm.tp=4');
  });

  it('leaves external links alone', () => {
    for (const href of ['https://arxiv.org/abs/1', 'mailto:a@b.c', '//cdn.example/x']) {
      expect(rewriteHref(href, 'metrics', chapterDoc())).toBe(href);
    }
  });
});

describe('rewriteHref in the whole handbook', () => {
  it('jumps to prefixed anchors of any chapter', () => {
    expect(rewriteHref('/case-studies/news-feed/#model', 'metrics', handbookDoc())).toBe('#case-studies-news-feed--model');
    expect(rewriteHref('/case-studies/news-feed/', 'metrics', handbookDoc())).toBe('#chapter-case-studies-news-feed');
    expect(rewriteHref('/case-studies/news-feed/#unknown', 'metrics', handbookDoc())).toBe('#chapter-case-studies-news-feed');
    expect(rewriteHref('/handbook/metrics/#log-loss', 'metrics', handbookDoc('/handbook/'))).toBe('#metrics--log-loss');
  });

  it('prefixes in-page links of the current chapter', () => {
    expect(rewriteHref('#references', 'metrics', handbookDoc(), slugs('references'))).toBe('#metrics--references');
    expect(rewriteHref('#_top', 'metrics', handbookDoc())).toBe('#chapter-metrics');
  });

  it('still sends pages outside the handbook to the hosted site', () => {
    expect(rewriteHref('/', 'metrics', handbookDoc())).toBe('https://example.org/');
  });
});

describe('rewritePrintHtml', () => {
  // What Starlight and GFM render for a heading with its permalink, a footnote and a
  // diagram, in the shape Astro serialises them.
  const html =
    '<div class="sl-heading-wrapper level-h2"><h2 id="references">References</h2><a class="sl-anchor-link" href="#references"><span aria-hidden="true">#</span><span class="sr-only">Section titled “References”</span></a></div>' +
    '<p>See <a href="/case-studies/news-feed/#references">the feed</a> and <a href="https://x.org/?a=1&amp;b=2">x &amp; y</a>.</p>' +
    '<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup>' +
    '<h2 id="footnote-label" class="sr-only">Footnotes</h2><ol><li id="user-content-fn-1">note <a href="#user-content-fnref-1" aria-label="Back to reference 1">↩</a></li></ol>' +
    '<svg viewBox="0 0 10 10"><marker id="arrow"></marker><path marker-end="url(#arrow)" stroke-width="2"></path></svg>';

  it('keeps ids in a page PDF and rewrites only site links', () => {
    const out = rewritePrintHtml(html, 'metrics', { ...chapterDoc(), chapters: new Map([['metrics', slugs('references')]]) });
    expect(out).toContain('<h2 id="references">References</h2>');
    expect(out).toContain('href="https://example.org/case-studies/news-feed/#references"');
    expect(out).toContain('href="https://x.org/?a=1&#x26;b=2"');
    expect(out).toContain('x &#x26; y');
    expect(out).toContain('href="#user-content-fn-1" id="user-content-fnref-1"');
  });

  it('drops heading permalinks and the wrapper they needed, and nothing else', () => {
    const out = rewritePrintHtml(html, 'metrics', chapterDoc());
    expect(out).not.toContain('Section titled');
    expect(out).not.toContain('sl-heading-wrapper');
    expect(out.startsWith('<h2 id="references">References</h2><p>')).toBe(true);
    // A link back to a footnote reference is not a heading permalink.
    expect(out).toContain('aria-label="Back to reference 1">↩</a>');
    // A wrapper that holds more than a heading stays.
    const kept = rewritePrintHtml('<div class="x"><h3 id="a">A</h3><a href="#a">#</a><p>more</p></div>', 'metrics', chapterDoc());
    expect(kept).toBe('<div class="x"><h3 id="a">A</h3><p>more</p></div>');
  });

  it('prefixes heading and footnote ids in the handbook, with the links and ARIA references to them', () => {
    const out = rewritePrintHtml(html, 'metrics', handbookDoc());
    expect(out).toContain('<h2 id="metrics--references">');
    expect(out).toContain('href="#case-studies-news-feed--references"');
    expect(out).toContain('href="#metrics--user-content-fn-1" id="metrics--user-content-fnref-1" data-footnote-ref="" aria-describedby="metrics--footnote-label"');
    expect(out).toContain('<li id="metrics--user-content-fn-1">');
    expect(out).toContain('href="#metrics--user-content-fnref-1"');
    // Ids that do not repeat across pages (an SVG marker) are left alone.
    expect(out).toContain('<marker id="arrow">');
    expect(out).toContain('marker-end="url(#arrow)"');
  });

  it('keeps SVG attribute names and markup the browser parses the same way', () => {
    const out = rewritePrintHtml(html, 'metrics', handbookDoc());
    expect(out).toContain('<svg viewBox="0 0 10 10">');
    expect(out).toContain('stroke-width="2"');
  });
});
