/**
 * The search filters a page carries (Pagefind's `data-pagefind-filter`), read from its
 * validated frontmatter (src/content/page-metadata.ts): every page its kind, a case study
 * also its domain and each of its ML tasks. The Pagefind UI lists each filter under its
 * name (first letter capitalized) and each value as a checkbox, so both are written for
 * readers ("ML task: Link prediction"), not as the frontmatter's identifiers.
 */
import type { DOMAINS, ML_TASKS, PageKind, PageMetadata } from '../content/page-metadata';

export const FILTER_NAMES = { kind: 'page kind', domain: 'domain', task: 'ML task' } as const;

/** Kinds that search lists; the 404 page is not indexed (Starlight sets `pagefind: false`). */
export const KIND_LABELS: Readonly<Record<Exclude<PageKind, 'not-found'>, string>> = {
  landing: 'Home',
  guide: 'Guide',
  chapter: 'Chapter',
  'case-study': 'Case study',
  tools: 'Calculators',
};

export const DOMAIN_LABELS: Readonly<Record<(typeof DOMAINS)[number], string>> = {
  recommendations: 'Recommendations',
  ads: 'Ads',
  search: 'Search',
  vision: 'Vision',
  integrity: 'Integrity',
  fraud: 'Fraud',
  social: 'Social',
  llm: 'LLM',
};

export const TASK_LABELS: Readonly<Record<(typeof ML_TASKS)[number], string>> = {
  classification: 'Classification',
  regression: 'Regression',
  ranking: 'Ranking',
  retrieval: 'Retrieval',
  detection: 'Detection',
  segmentation: 'Segmentation',
  generation: 'Generation',
  'link-prediction': 'Link prediction',
  embedding: 'Embedding',
  clustering: 'Clustering',
};

/**
 * One Pagefind inline filter (`name:value`) per value, for one element each: Pagefind
 * takes an inline value to the end of the attribute, so a value may hold commas or colons.
 * A page without a kind (Starlight's own 404 route) carries none.
 */
export function searchFilters(data: Partial<PageMetadata>): string[] {
  if (data.kind === undefined || data.kind === 'not-found') return [];
  const filters = [`${FILTER_NAMES.kind}:${KIND_LABELS[data.kind]}`];
  if (data.kind === 'case-study' && data.caseStudy) {
    filters.push(`${FILTER_NAMES.domain}:${DOMAIN_LABELS[data.caseStudy.domain]}`);
    for (const task of new Set(data.caseStudy.mlTasks)) filters.push(`${FILTER_NAMES.task}:${TASK_LABELS[task]}`);
  }
  return filters;
}
