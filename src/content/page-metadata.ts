/**
 * Typed page kinds for the handbook. Case studies carry metadata that drives the
 * comparison matrix and search filters, so it is validated here rather than kept in a
 * second, hand-maintained list. A bad value fails the build with Astro's message, which
 * names the file and the field (e.g. `caseStudy.servingMode`).
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
export const PAGE_KINDS = ['landing', 'guide', 'chapter', 'case-study', 'tools'] as const;

const phrases = (min: number, max: number) => z.array(z.string().trim().min(1)).min(min).max(max);

export const sourceSchema = z.object({
  title: z.string().trim().min(3),
  publisher: z.string().trim().min(2),
  year: z.number().int().min(1950).max(2100),
  url: z.url({ protocol: /^https?$/ }),
});

export const caseStudySchema = z.object({
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
});

export const pageMetadataSchema = z
  .object({
    kind: z.enum(PAGE_KINDS).default('guide'),
    caseStudy: caseStudySchema.optional(),
  })
  .refine((page) => (page.kind === 'case-study') === (page.caseStudy !== undefined), {
    message: 'a page with `kind: case-study` needs `caseStudy` metadata, and only such a page may have it',
    path: ['caseStudy'],
  });

export type CaseStudyMetadata = z.infer<typeof caseStudySchema>;
export type ServingPattern = (typeof SERVING_PATTERNS)[number];
