/**
 * The print views and PDF export as one local Starlight plugin.
 *
 * - Injects the print views: /print/<entry id>/ for every page that has a PDF
 *   (pages.ts) and /print/handbook/ for the whole handbook (routes/).
 * - Overrides five Starlight components through the documented `components` option
 *   (a site that overrides one itself renders the plugin's inside), each route-aware:
 *   a print view gets no frame, skip link or footer, and a content panel without
 *   padding on paper; every other page
 *   marks its header bar, footer and "On this page" menu with PRINT_HIDDEN_CLASS so
 *   Ctrl+P leaves them out (overrides/, print.css).
 * - Adds print.css (page size, margins, hidden chrome, tables, links) to `customCss`.
 * - After `astro build` has written the site (and Pagefind, which runs in Starlight's own
 *   build hook, has indexed it), prints each print view to dist/pdf/ with Chromium, fills
 *   the sizes into the "Download PDF" links and writes dist/pdf/report.json
 *   (pdf/export.mjs). An error there fails the build: no Chromium, a print view that does
 *   not load, or a PDF that is not written.
 *
 * Names shared with scripts/ (folders, file names, meta tags) live in constants.mjs.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { PRINT_DIR } from './constants.mjs';
import { exportPdfs } from './pdf/export.mjs';

export interface PrintPluginOptions {
  /**
   * The public address the handbook is served from (SITE_URL). Canonical tags, the
   * sitemap and every absolute link in the PDFs use Astro's `site`; when this is not
   * given, the build says once that they point at the local fallback.
   */
  publicUrl?: string | undefined;
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Starlight components this plugin overrides, and the files that do it. */
const OVERRIDES = {
  PageFrame: here('./overrides/PageFrame.astro'),
  ContentPanel: here('./overrides/ContentPanel.astro'),
  SkipLink: here('./overrides/SkipLink.astro'),
  Footer: here('./overrides/Footer.astro'),
  MobileTableOfContents: here('./overrides/MobileTableOfContents.astro'),
} as const;

function printIntegration({ publicUrl }: PrintPluginOptions): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'handbook:print',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        // A static route outranks the rest parameter, so /print/handbook/ is the handbook
        // even if a page were called "handbook" (the chapter route refuses that name).
        injectRoute({ pattern: `/${PRINT_DIR}/handbook`, entrypoint: here('./routes/handbook.astro'), prerender: true });
        injectRoute({ pattern: `/${PRINT_DIR}/[...slug]`, entrypoint: here('./routes/chapter.astro'), prerender: true });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:start': ({ logger }) => {
        if (!publicUrl) {
          logger.warn(`SITE_URL is not set: canonical tags, the sitemap and links in the PDFs point at ${site ?? 'no site'}; set SITE_URL to the public address for a build you publish.`);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info('Printing PDFs from the print views…');
        await exportPdfs({ distDir: fileURLToPath(dir), base, log: logger });
      },
    },
  };
}

export default function printPlugin(options: PrintPluginOptions = {}): StarlightPlugin {
  return {
    name: 'handbook-print',
    hooks: {
      'config:setup': ({ config, updateConfig, addIntegration, logger }) => {
        // A site that overrides one of these components keeps its own, which must render
        // this plugin's inside it (import it from ./overrides/) to keep print views clean.
        const taken = Object.keys(OVERRIDES).filter((name) => config.components?.[name as keyof typeof OVERRIDES]);
        if (taken.length) {
          logger.info(`Site overrides kept, composing the print plugin's: ${taken.join(', ')}.`);
        }
        updateConfig({
          components: { ...OVERRIDES, ...config.components },
          customCss: [...(config.customCss ?? []), here('./print.css')],
        });
        addIntegration(printIntegration(options));
      },
    },
  };
}
