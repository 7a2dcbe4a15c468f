// @ts-check
/**
 * Astro integration: after `astro build` has written the site (and Pagefind, the
 * sitemap and the link check have run), print the PDFs from the built print views.
 * An error here fails the build: a missing Chromium, a print view that does not load,
 * or a PDF that is not written.
 */
import { fileURLToPath } from 'node:url';
import { exportPdfs } from './export.mjs';

/** @returns {import('astro').AstroIntegration} */
export default function pdfExport() {
  let base = '/';
  return {
    name: 'handbook:pdf-export',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info('Printing PDFs from the print views…');
        await exportPdfs({ distDir: fileURLToPath(dir), base, log: logger });
      },
    },
  };
}
