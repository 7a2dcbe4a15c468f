// @ts-check
/**
 * The site's Content-Security-Policy, as Astro's `security.csp` option (a <meta> tag on
 * every page: the static host sets no headers).
 *
 * Scripts: only files from the site itself, plus the hashes of the few scripts that must
 * stay inline. Astro hashes the scripts it bundles (island bootstrap, small hoisted
 * modules), but not `is:inline` ones; those run before the first paint or before the
 * browser's own scroll to a fragment, so they cannot become deferred modules: Starlight's
 * theme scripts (no flash of the wrong theme), its sidebar scroll restore, our search
 * button's shortcut key and LongPageAnchors. Astro writes an `is:inline` script's text
 * exactly as it stands in the .astro file, so hashing the source text gives the hash the
 * browser computes; e2e/csp.spec.ts fails if that ever stops being true.
 *
 * Styles: <style> elements only by hash (Astro's own, and each diagram's stylesheet, whose
 * hash rehype-mermaid-themes records and src/csp/content-styles.ts adds to its page).
 * Style *attributes* are allowed inline (`style-src-attr 'unsafe-inline'`): Expressive
 * Code colours every code token with one, Temml sizes math with them, mermaid's SVGs and
 * Starlight use a few; thousands per page, and a hash per attribute would also need
 * 'unsafe-hashes'. A style attribute cannot run code.
 *
 * Plain JavaScript: astro.config.mjs imports it before any TypeScript loader runs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { sha256 } from './hash.mjs';

const require = createRequire(import.meta.url);
/** A Starlight component's file, through the package's public `components/*` export. */
const starlight = (/** @type {string} */ name) => require.resolve(`@astrojs/starlight/components/${name}`);
const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));

/** Every component with an `is:inline` script on some page, and how many it has. */
export const INLINE_SCRIPT_SOURCES = [
  { file: starlight('ThemeProvider.astro'), scripts: 1 },
  { file: starlight('ThemeSelect.astro'), scripts: 1 },
  { file: starlight('SidebarPersister.astro'), scripts: 2 },
  { file: here('../components/starlight/Search.astro'), scripts: 1 },
  { file: here('../components/LongPageAnchors.astro'), scripts: 1 },
];

/**
 * The text of each `<script is:inline …>` element in an .astro file's template.
 * @param {string} source
 * @returns {string[]}
 */
export function inlineScripts(source) {
  return [...source.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
}

/**
 * Hashes of every inline script in INLINE_SCRIPT_SOURCES; throws if a file no longer has
 * the number of inline scripts it is listed with, so a changed component is noticed at
 * build time rather than by a reader whose theme script was blocked.
 * @returns {`sha256-${string}`[]}
 */
export function inlineScriptHashes() {
  return INLINE_SCRIPT_SOURCES.flatMap(({ file, scripts }) => {
    const found = inlineScripts(readFileSync(file, 'utf8'));
    if (found.length !== scripts) {
      throw new Error(`${file}: expected ${scripts} inline script(s), found ${found.length}; update src/csp/policy.mjs`);
    }
    return found.map(sha256);
  });
}

/**
 * Directives besides script-src and style-src (which Astro writes). Everything comes from
 * the site itself. `frame-ancestors`, `report-uri` and `sandbox` are left out: browsers
 * ignore them in a <meta> policy (and say so in the console).
 */
export const DIRECTIVES = /** @type {const} */ ([
  "default-src 'self'",
  // Search fetches Pagefind's index and WebAssembly from the site.
  "connect-src 'self'",
  "font-src 'self'",
  // data: for images only: Starlight's, Expressive Code's and Temml's stylesheets draw small
  // icons (select arrow, copy button, radicals) as inline SVG images. An image cannot run code.
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]);

/**
 * The `security.csp` option for astro.config.mjs.
 * @returns {Exclude<NonNullable<NonNullable<import('astro').AstroUserConfig['security']>['csp']>, boolean>}
 */
export function cspConfig() {
  return {
    algorithm: 'SHA-256',
    directives: [...DIRECTIVES],
    scriptDirective: {
      // Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval' (it allows
      // compiling WebAssembly only, not eval() of JavaScript).
      resources: ["'self'", "'wasm-unsafe-eval'"],
      hashes: inlineScriptHashes(),
    },
    styleDirective: {
      resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
    },
  };
}
