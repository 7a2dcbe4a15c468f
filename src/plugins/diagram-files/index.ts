/**
 * Serves the diagram drawings that rehype-mermaid-themes writes to `fileDir` (one
 * content-hashed SVG per diagram, shown on the page through `<use>`): after the build it
 * copies every file a built page refers to into dist/_astro/diagrams/, and fails the build
 * when one is missing; `astro dev` serves them from `fileDir`. Files no page uses (from
 * earlier edits) stay behind in `fileDir` and are never published.
 *
 * It must come before Starlight in `integrations`, so the files are in dist/ before the
 * print plugin prints the PDFs.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DIAGRAM_DIR } from '../../markdown/rehype-mermaid-themes.ts';

const NAME = /_astro\/diagrams\/([\w.-]+\.svg)/g;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    return d.isDirectory() ? htmlFiles(path) : d.name.endsWith('.html') ? [path] : [];
  });
}

export default function diagramFiles({ fileDir, base }: { fileDir: string; base: string }): AstroIntegration {
  const prefix = `${base.replace(/\/+$/, '')}/${DIAGRAM_DIR}/`;
  return {
    name: 'diagram-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = req.url?.split(/[?#]/)[0] ?? '';
          const name = path.startsWith(prefix) ? path.slice(prefix.length) : '';
          if (!/^[\w.-]+\.svg$/.test(name) || !existsSync(join(fileDir, name))) return next();
          res.setHeader('content-type', 'image/svg+xml');
          res.end(readFileSync(join(fileDir, name)));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), DIAGRAM_DIR);
        const names = new Set<string>();
        for (const file of htmlFiles(fileURLToPath(dir))) {
          for (const m of readFileSync(file, 'utf8').matchAll(NAME)) names.add(m[1]!);
        }
        const missing = [...names].filter((n) => !existsSync(join(fileDir, n)));
        if (missing.length) throw new Error(`Diagram files referenced by pages but never rendered: ${missing.join(', ')}`);
        mkdirSync(out, { recursive: true });
        for (const name of names) copyFileSync(join(fileDir, name), join(out, name));
        logger.info(`${names.size} diagram files in /${DIAGRAM_DIR}/`);
      },
    },
  };
}
