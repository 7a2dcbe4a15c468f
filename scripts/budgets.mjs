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
  /** JavaScript a page loads besides its calculator islands (Starlight's, the site's).
   *  Mostly files cached across pages: the small scripts Astro would inline are files
   *  (astro.config.mjs), each gzipped alone, so this counts about 0.8 KiB more than the
   *  same code inline did, while every page's HTML is 1–1.7 KiB lighter. */
  pageJsGzip: 10 * KiB,
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
 * - Pages: the three long chapters were split (metrics and experiments; serving, retrieval,
 *   and rollouts and monitoring; the framework and its toolkit) and diagrams moved to files
 *   of their own (4–10 KiB gzip off each page). What stays over is the longest case
 *   studies: 7,500–8,800 words against the 5,400–5,900 of the first five, whose prose alone
 *   is 20–23 KiB gzip before tables, two server-rendered calculators and ~10 KiB of
 *   Starlight's chrome. The fix is editorial (trim them to about 6,000 words, or move
 *   their deep dives to a companion page), not more markup slimming.
 */
export const KNOWN_OVER = {
  pages: /** @type {Record<string, { htmlGzip?: number, elements?: number }>} */ ({}),
  islands: /** @type {Record<string, number>} */ ({}),
};
