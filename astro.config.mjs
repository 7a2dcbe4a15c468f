// @ts-check
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkMath from 'remark-math';
import starlightLinksValidator from 'starlight-links-validator';
import remarkCalculatorSections from './src/calculators/tools-page.ts';
import { cspConfig } from './src/csp/policy.mjs';
import rehypeBaseLinks from './src/markdown/rehype-base-links.ts';
import rehypeFocusableTables from './src/markdown/rehype-focusable-tables.ts';
import rehypeMath from './src/markdown/rehype-math.ts';
import rehypeMermaidThemes from './src/markdown/rehype-mermaid-themes.ts';
import diagramFiles from './src/plugins/diagram-files/index.ts';
import { PRINT_DIR } from './src/plugins/print/constants.mjs';
import printPlugin from './src/plugins/print/index.ts';
import rehypePagefindHints from './src/search/rehype-pagefind-hints.ts';
import { gitHistory, repositoryUrl, SOURCE_BRANCH } from './src/site-source.mjs';
import securityTxt from './src/security-txt.ts';
import { SEARCH_RANKING } from './src/search/weights.ts';

// Where the site is hosted: SITE_URL is the one setting for the public address (canonical
// tags, sitemap, absolute links in the PDFs). The GitHub Pages workflow sets it; a local
// build falls back to http://localhost:4321 and says so once (the print plugin warns).
// BASE_PATH lets the handbook live under a sub-path.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
// Each diagram's drawing is a file of its own (cached by the browser, out of the HTML);
// rehype-mermaid-themes writes them here, the diagramFiles integration publishes them.
const diagramDir = fileURLToPath(new URL('./.astro/diagrams/', import.meta.url));

// Trust signals (src/site-source.mjs): "Edit page" links need the repository's address,
// "Last updated" dates need the whole git history. Without either the pages simply omit
// them, and the build says why once.
const repository = repositoryUrl(process.env);
const history = gitHistory();
if (!repository) {
  console.warn('[handbook] No repository address (REPO_URL, GitHub Actions, package.json `repository` or a web `origin` remote): pages get no "Edit page" link, the footer no issue-tracker link, and no security.txt is written.');
}
if (history !== 'full') {
  console.warn(`[handbook] ${history === 'shallow' ? 'Shallow clone: every page would show the newest commit\'s date' : 'No git history'}, so pages show no "Last updated" date. Fetch the full history (actions/checkout with fetch-depth: 0) for a published build.`);
}

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
  // A strict Content-Security-Policy on every page (a <meta> tag): see src/csp/policy.mjs.
  security: { csp: cspConfig() },
  // Stylesheets as files, never inlined: Astro's CSP hashes the stylesheets it inlines for
  // a page's own components, but not those that components used inside MDX content bring
  // (calculators, the case-study matrix), which the policy would then block. As files
  // they are covered by 'self'.
  build: { inlineStylesheets: 'never' },
  // Scripts as files too. Astro inlines every processed script under 4 KB into each page
  // (the diagram dialog, Starlight's sidebar state, theme picker and menu elements): about
  // 2 KiB gzip of every page's HTML and five more hashes in its policy, fetched again on
  // every page. As module scripts they run after parsing either way, so as cached files
  // they cost the first paint nothing. Other assets keep Vite's default (undefined).
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath, remarkCalculatorSections],
      rehypePlugins: [
        [rehypeMermaidThemes, { base, fileDir: diagramDir }],
        rehypeMath,
        [rehypeBaseLinks, { base }],
        rehypeFocusableTables,
        rehypePagefindHints,
      ],
    }),
  },
  integrations: [
    // Before Starlight, so the files are in dist/ when the print plugin prints the PDFs.
    diagramFiles({ fileDir: diagramDir, base }),
    starlight({
      title: 'ML System Design Handbook',
      description:
        'An open handbook for machine-learning system design interviews: a repeatable framework, metrics, serving patterns, deep case studies and calculators.',
      favicon: '/favicon.svg',
      lastUpdated: history === 'full',
      ...(repository ? { editLink: { baseUrl: `${repository}/edit/${SOURCE_BRANCH}/` } } : {}),
      // Written out so the 404 page's search ranks exactly like the header's.
      pagefind: { ranking: SEARCH_RANKING },
      // Math CSS is not here: rehype-math adds it to the pages that have formulas.
      // The print plugin appends its own print.css after these.
      customCss: ['./src/styles/custom.css', './src/styles/print.css'],
      // Site overrides; the print plugin adds its own (PageFrame, ContentPanel, SkipLink,
      // Footer, MobileTableOfContents), except where one is given here, which must then
      // render the plugin's inside it (as Footer does).
      components: {
        Header: './src/components/starlight/Header.astro',
        SiteTitle: './src/components/starlight/SiteTitle.astro',
        Search: './src/components/starlight/Search.astro',
        MarkdownContent: './src/components/starlight/MarkdownContent.astro',
        // Composes the print plugin's Footer (screen-only navigation) with the licence line.
        Footer: './src/components/starlight/Footer.astro',
      },
      // Adds each page's diagram stylesheets to its Content-Security-Policy.
      routeMiddleware: './src/csp/route-middleware.ts',
      // The link check first, so a broken link fails the build before the PDFs are printed.
      plugins: [starlightLinksValidator(), printPlugin({ publicUrl: process.env.SITE_URL })],
      sidebar: [
        ...group('Start here', [...page('start-here/how-to-use'), ...page('glossary')]),
        ...group('The framework', [...page('framework'), ...page('framework-toolkit')]),
        ...group('Metrics', [...page('metrics'), ...page('experiments')]),
        ...group('Serving', [...page('serving'), ...page('retrieval'), ...page('rollouts-and-monitoring')]),
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
    securityTxt({ repository }),
    // Starlight adds @astrojs/sitemap itself unless the project does; we do, only to keep
    // the print views (/print/…, the sources of the PDFs) out of the sitemap. The site
    // has a single locale, so Starlight's i18n sitemap settings are not needed.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith(`${base.replace(/\/?$/, '/')}${PRINT_DIR}/`) }),
  ],
});
