// @ts-check
/** What the build-time parts of the Content-Security-Policy share (policy.mjs, rehype plugins, route middleware). */
import { createHash } from 'node:crypto';

/** Key under which rehype plugins list, in a page's remark-plugin frontmatter, the hashes of the <style> elements they emit. */
export const STYLE_HASHES_KEY = 'cspStyleHashes';

/**
 * CSP source expression (`sha256-…`, without quotes) of a script's or stylesheet's text.
 * @param {string} text
 * @returns {`sha256-${string}`}
 */
export function sha256(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
