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
 * The attributes that give a page its filters, all on one element that the page has
 * anyway (a page is near its element budget, so no element is added for them): the kind
 * inline (`page kind:Case study`, which Pagefind allows only last in the list), the
 * domain and each ML task captured from data attributes of the same element
 * (`domain[data-domain]`). A page without a kind (Starlight's own 404 route) has none.
 */
export function searchFilterAttributes(data: Partial<PageMetadata>): Record<string, string> {
  if (data.kind === undefined || data.kind === 'not-found') return {};
  const attributes: Record<string, string> = {};
  const captures: string[] = [];
  if (data.kind === 'case-study' && data.caseStudy) {
    attributes['data-domain'] = DOMAIN_LABELS[data.caseStudy.domain];
    captures.push(`${FILTER_NAMES.domain}[data-domain]`);
    [...new Set(data.caseStudy.mlTasks)].forEach((task, i) => {
      attributes[`data-task-${i + 1}`] = TASK_LABELS[task];
      captures.push(`${FILTER_NAMES.task}[data-task-${i + 1}]`);
    });
  }
  captures.push(`${FILTER_NAMES.kind}:${KIND_LABELS[data.kind]}`);
  return { 'data-pagefind-filter': captures.join(', '), ...attributes };
}
