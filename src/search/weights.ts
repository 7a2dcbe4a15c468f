/**
 * How Pagefind weighs the words of a page, through its documented attributes
 * (`data-pagefind-weight`, `data-pagefind-ignore`).
 *
 * A reader who types the name of a topic ("position bias") wants the section titled so,
 * not the page that mentions the words most often. Pagefind counts every word of body
 * text at weight 1 and headings at 7 (h1) down to 2 (h6) by default, so a long case study
 * that says "position" and "bias" thirty times outranks the section named for them. The
 * handbook therefore counts body text at BODY_WEIGHT and section headings at
 * HEADING_WEIGHTS: a heading word then weighs as much as 80–100 body words. The page
 * title (h1, outside the content, keeps Pagefind's default 7) weighs about as much.
 *
 * Measured on the built handbook with Starlight's ranking defaults: for "position bias"
 * the two pages with a section of that name went from 4th and 5th to 1st and 2nd at a
 * body weight of 0.2. With fourteen case studies, one that says "position bias" often in
 * prose outranked the serving chapter's section of that name at 0.2; at 0.1 the three
 * pages with such a section rank first again, and single-term queries (nDCG, HNSW, cold
 * start, interleaving) keep the page that defines the term first (e2e/search.spec.ts).
 */

/** Weight of body text: every word of the page content outside headings. */
export const BODY_WEIGHT = 0.1;

/** Weight of the words of each section heading (Pagefind allows 0 to 10). */
export const HEADING_WEIGHTS: Readonly<Record<string, number>> = { h2: 10, h3: 9, h4: 8, h5: 7, h6: 6 };

/**
 * Pagefind's ranking parameters, as Starlight sets them by default (its `pagefind.ranking`
 * option), written out so that the header search and the 404 page's search rank alike.
 */
export const SEARCH_RANKING = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
} as const;
