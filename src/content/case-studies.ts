/**
 * The case studies, loaded once for every component that lists them (the comparison matrix,
 * the serving-pattern table, the "Case studies that use …" notes), in sidebar order, so the
 * lists agree with each other and with the sidebar without a hand-kept copy anywhere.
 */
import { getCollection } from 'astro:content';
import { isCaseStudy } from './page-metadata';

/** Every case study, in the order the sidebar shows them. */
export async function loadCaseStudies() {
  return (await getCollection('docs', isCaseStudy)).sort((a, b) => (a.data.sidebar.order ?? 99) - (b.data.sidebar.order ?? 99));
}

export type CaseStudyEntry = Awaited<ReturnType<typeof loadCaseStudies>>[number];
