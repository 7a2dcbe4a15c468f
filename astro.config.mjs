// @ts-check
import { existsSync } from 'node:fs';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkMath from 'remark-math';
import starlightLinksValidator from 'starlight-links-validator';
import remarkCalculatorSections from './src/calculators/tools-page.ts';
import rehypeBaseLinks from './src/markdown/rehype-base-links.ts';
import rehypeMath from './src/markdown/rehype-math.ts';
import rehypeMermaidThemes from './src/markdown/rehype-mermaid-themes.ts';
import { PRINT_DIR } from './src/plugins/print/constants.mjs';
import printPlugin from './src/plugins/print/index.ts';
import rehypePagefindHints from './src/search/rehype-pagefind-hints.ts';
import { SEARCH_RANKING } from './src/search/weights.ts';

// Where the site is hosted: SITE_URL is the one setting for the public address (canonical
// tags, sitemap, absolute links in the PDFs). The GitHub Pages workflow sets it; a local
// build falls back to http://localhost:4321 and says so once (the print plugin warns).
// BASE_PATH lets the handbook live under a sub-path.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

/**
 * Sidebar entries for pages that exist: a section with no content yet is simply not
 * listed (and the build does not fail on a missing slug).
 * @param {string} slug
 */
const page = (slug) =>
  ['.mdx', '.md'].some((ext) => existsSync(new URL(`./src/content/docs/${slug}${ext}`, import.meta.url)))
    ? [slug]
    : [];
/** @param {string} label @param {string[]} items */
const group = (label, items) => (items.length ? [{ label, items }] : []);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath, remarkCalculatorSections],
      rehypePlugins: [
        rehypeMermaidThemes,
        rehypeMath,
        [rehypeBaseLinks, { base }],
        rehypePagefindHints,
      ],
    }),
  },
  integrations: [
    starlight({
      title: 'ML System Design Handbook',
      description:
        'An open handbook for machine-learning system design interviews: a repeatable framework, metrics, serving patterns, deep case studies and calculators.',
      favicon: '/favicon.svg',
      // Written out so the 404 page's search ranks exactly like the header's.
      pagefind: { ranking: SEARCH_RANKING },
      // Math CSS is not here: rehype-math adds it to the pages that have formulas.
      // The print plugin appends its own print.css after these.
      customCss: ['./src/styles/custom.css', './src/styles/print.css'],
      // Site overrides; the print plugin adds its own (PageFrame, ContentPanel, SkipLink,
      // Footer, MobileTableOfContents).
      components: {
        Header: './src/components/starlight/Header.astro',
        SiteTitle: './src/components/starlight/SiteTitle.astro',
        Search: './src/components/starlight/Search.astro',
        MarkdownContent: './src/components/starlight/MarkdownContent.astro',
      },
      // The link check first, so a broken link fails the build before the PDFs are printed.
      plugins: [starlightLinksValidator(), printPlugin({ publicUrl: process.env.SITE_URL })],
      sidebar: [
        ...group('Start here', [...page('start-here/how-to-use'), ...page('glossary')]),
        ...group('The framework', [...page('framework'), ...page('framework-toolkit')]),
        ...group('Metrics', page('metrics')),
        ...group('Serving', page('serving')),
        ...group('Generative AI', page('genai')),
        ...(existsSync(new URL('./src/content/docs/case-studies/', import.meta.url))
          ? [{ label: 'Case studies', items: [{ autogenerate: { directory: 'case-studies' } }] }]
          : []),
        ...group('Tools', page('tools')),
        ...group('Practice', [...page('practice'), ...page('study-plan')]),
        ...group('For interviewers', page('interviewers')),
      ],
    }),
    preact(),
    // Starlight adds @astrojs/sitemap itself unless the project does; we do, only to keep
    // the print views (/print/…, the sources of the PDFs) out of the sitemap. The site
    // has a single locale, so Starlight's i18n sitemap settings are not needed.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith(`${base.replace(/\/?$/, '/')}${PRINT_DIR}/`) }),
  ],
});
