/**
 * Typed page kinds for the handbook. Case studies carry metadata that drives the
 * comparison matrix and search filters, so it is validated here rather than kept in a
 * second, hand-maintained list. A bad value fails the build with Astro's message, which
 * names the file and the field (e.g. `caseStudy.servingMode`). Type guards at the end
 * (`isChapter(entry)`, `isCaseStudy(entry)` …) read the page's `kind`, nothing else.
 */
import { z } from 'astro/zod';

export const DOMAINS = ['recommendations', 'ads', 'search', 'vision', 'integrity', 'fraud', 'social', 'llm'] as const;
export const ML_TASKS = [
  'classification',
  'regression',
  'ranking',
  'retrieval',
  'detection',
  'segmentation',
  'generation',
  'link-prediction',
  'embedding',
  'clustering',
] as const;
export const SERVING_MODES = ['online', 'batch', 'hybrid', 'streaming'] as const;
/**
 * The serving chapter's patterns. A case study lists the ones it uses, and the chapter's
 * "Pattern selection at a glance" table is built from those lists.
 */
export const SERVING_PATTERNS = [
  'batch-prediction',
  'streaming-features',
  'online-prediction',
  'multi-stage-funnel',
  'ann-index',
  'feature-store',
  'caching',
  'compression',
  'dynamic-batching',
  'staged-rollout',
  'drift-monitoring',
  'exploration-debiasing',
] as const;
export const DIFFICULTIES = ['foundational', 'intermediate', 'advanced'] as const;
const phrases = (min: number, max: number) => z.array(z.string().trim().min(1)).min(min).max(max);

export const sourceSchema = z.object({
  title: z.string().trim().min(3),
  publisher: z.string().trim().min(2),
  year: z.number().int().min(1950).max(2100),
  url: z.url({ protocol: /^https?$/ }),
});

export const caseStudySchema = z.object(
  {
    domain: z.enum(DOMAINS),
    mlTasks: z.array(z.enum(ML_TASKS)).min(1),
    techniques: phrases(2, 10),
    offlineMetrics: phrases(1, 8),
    onlineMetrics: phrases(1, 8),
    servingMode: z.enum(SERVING_MODES),
    servingPatterns: z
      .array(z.enum(SERVING_PATTERNS))
      .min(1, 'a case study uses at least one serving pattern')
      .refine((patterns) => new Set(patterns).size === patterns.length, 'each serving pattern is listed once'),
    difficulty: z.enum(DIFFICULTIES),
    sources: z.array(sourceSchema).min(4, 'a case study cites at least four primary sources'),
  },
  { error: (issue) => (issue.input === undefined ? 'a page with `kind: case-study` needs `caseStudy` metadata' : undefined) },
);

/**
 * What a page is. `kind` is the discriminator of the metadata schema below, and the guards
 * at the end of this file narrow an entry by it (as withastro/docs does with `type`), so no
 * code has to guess a page's kind from its template, hero or id.
 *
 * - `landing`: the home page; `not-found`: the 404 page;
 * - `guide` (the default): orientation pages such as the study guide or an overview;
 * - `chapter`: the framework, metrics, experiments, serving, retrieval, rollouts and generative-AI chapters;
 * - `case-study`: one worked design, with the metadata that drives the matrix;
 * - `tools`: the page with every calculator.
 */
export const PAGE_KINDS = ['landing', 'not-found', 'guide', 'chapter', 'case-study', 'tools'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

const noCaseStudy = z
  .undefined({ error: 'only a page with `kind: case-study` may have `caseStudy` metadata' })
  .optional();
const plainPage = <K extends Exclude<PageKind, 'case-study' | 'guide'>>(kind: K) =>
  z.object({ kind: z.literal(kind), caseStudy: noCaseStudy });

export const pageMetadataSchema = z.discriminatedUnion('kind', [
  // A page without `kind` is a guide.
  z.object({ kind: z.literal('guide').default('guide'), caseStudy: noCaseStudy }),
  plainPage('landing'),
  plainPage('not-found'),
  plainPage('chapter'),
  plainPage('tools'),
  z.object({ kind: z.literal('case-study'), caseStudy: caseStudySchema }),
]);

export type CaseStudyMetadata = z.infer<typeof caseStudySchema>;
export type ServingPattern = (typeof SERVING_PATTERNS)[number];
export type PageMetadata = z.infer<typeof pageMetadataSchema>;

/**
 * The part of a docs entry (or of Starlight's route entry) the guards read. Generic over
 * the entry's data, so a guard narrows `CollectionEntry<'docs'>` and Starlight's
 * `starlightRoute.entry` alike.
 */
interface WithKind {
  data: { kind?: PageKind | undefined };
}
type OfKind<E extends WithKind, K extends PageKind> = E & { data: Extract<E['data'], { kind: K }> };

/**
 * A type guard for pages of the given kinds. Every entry of the docs collection has a
 * `kind` (the schema defaults it to `guide`); an entry without one did not come through
 * this schema (Starlight's built-in 404 page, when there is no 404.mdx) and is none of them.
 */
export function createIsPageKind<const K extends PageKind>(...kinds: K[]) {
  return <E extends WithKind>(entry: E): entry is OfKind<E, K> =>
    entry.data.kind !== undefined && (kinds as readonly PageKind[]).includes(entry.data.kind);
}

export const isLanding = createIsPageKind('landing');
export const isNotFound = createIsPageKind('not-found');
export const isGuide = createIsPageKind('guide');
export const isChapter = createIsPageKind('chapter');
export const isCaseStudy = createIsPageKind('case-study');
export const isToolsPage = createIsPageKind('tools');
