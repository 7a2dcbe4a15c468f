// @ts-check
/**
 * Page-weight budgets (issue 12), asserted over dist/ by e2e/budgets.spec.ts and printed
 * by `npm run bench`. Bytes are gzip (level 9), KiB = 1,024 bytes; elements are those an
 * HTML parser builds from the page before any script runs.
 */
const KiB = 1024;

export const BUDGETS = {
  /** Every page, the 8,000-word chapters included. */
  elements: 3000,
  htmlGzip: 45 * KiB,
  /** Stylesheets a page links (all media) plus its inline <style>. */
  cssGzip: { plain: 14 * KiB, withMath: 17 * KiB },
  /** JavaScript a page loads besides its calculator islands (Starlight's, the site's). */
  pageJsGzip: 9 * KiB,
  /** Preact's renderer and runtime, shared by every island on a page. */
  islandRuntimeGzip: 8 * KiB,
  /** The calculator kit's chunks, which every calculator loads (fields, URL state, toolbar). */
  calculatorKitGzip: 6 * KiB,
  /** Each calculator island's own JavaScript (its chunks beyond the runtime and the kit). */
  islandGzip: 12 * KiB,
};

/**
 * Over a budget today, for reasons outside this budget's reach; each capped about 2% above
 * what it weighs now, so it cannot grow while the cause is fixed. Remove an entry once its
 * page or island meets the budget (the "allowances are still needed" test says when).
 *
 * - Pages: what remains after diagrams and formulas were slimmed is prose, tables and the
 *   server-rendered calculators, plus ~8 KiB of Starlight's own markup and inline scripts.
 *   The case studies of 7,000–9,000 words and the three chapters that grew to 9,000–15,000
 *   words (metrics, serving, framework) are over 45 KiB of gzip HTML on prose alone: the fix
 *   is splitting them (metrics into offline metrics and online experiments; serving into
 *   serving and retrieval; the longest case studies trimmed to the 5,000–6,000 words of the
 *   first five), not more markup slimming.
 */
export const KNOWN_OVER = {
  pages: /** @type {Record<string, { htmlGzip?: number, elements?: number }>} */ ({
    '/case-studies/conversational-assistant/': { htmlGzip: 49.5 * KiB },
    '/case-studies/event-recommendations/': { htmlGzip: 46.5 * KiB },
    '/case-studies/harmful-content/': { htmlGzip: 50.5 * KiB },
    '/case-studies/news-feed/': { htmlGzip: 47.5 * KiB },
    '/case-studies/payment-fraud/': { htmlGzip: 50.5 * KiB },
    '/case-studies/rag-support-assistant/': { htmlGzip: 61 * KiB, elements: 3250 },
    '/case-studies/search-ranking/': { htmlGzip: 55 * KiB },
    '/case-studies/similar-listings/': { htmlGzip: 56 * KiB },
    '/case-studies/street-imagery-blurring/': { htmlGzip: 48.5 * KiB },
    '/case-studies/video-recommendations/': { htmlGzip: 49.5 * KiB, elements: 3100 },
    // At 3,000 elements before the framework split; each new chapter adds a sidebar entry
    // (2 elements) to every page. Trimming the case study is the fix, as for the others.
    '/case-studies/video-search/': { htmlGzip: 56 * KiB, elements: 3020 },
    '/case-studies/visual-search/': { htmlGzip: 54 * KiB },
    '/genai/': { htmlGzip: 47 * KiB },
    '/metrics/': { htmlGzip: 78.5 * KiB, elements: 5400 },
    '/serving/': { htmlGzip: 80 * KiB, elements: 4900 },
  }),
  islands: /** @type {Record<string, number>} */ ({}),
};
