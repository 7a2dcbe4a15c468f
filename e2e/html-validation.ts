/**
 * How the built pages are validated (html-validate, its "recommended" preset): the few
 * rules turned off or relaxed, each because it flags only markup that Astro, Starlight or
 * Mermaid write and this project cannot change, and the one exact snippet of Astro's that
 * is blanked out before validation. The handbook's own markup passes every other rule.
 */
import type { ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes every void element self-closed (`<meta … />`, `<br />`); both spellings
    // are valid HTML, and this rule is only a style preference.
    'void-style': 'off',
    // HTML allows any id without whitespace; the strict mode (letter first) flags
    // Starlight's `_top` skip target on every page. Relaxed still rejects empty and
    // whitespace ids.
    'valid-id': ['error', { relaxed: true }],
    // Starlight's mobile menu toggle (`<button popovertarget>` in the sidebar nav) has no
    // `type`; it is outside any form, so it can never submit. The project's own buttons
    // all carry a type (the search override included).
    'no-implicit-button-type': 'off',
    // Mermaid sizes every diagram with an inline `style="max-width: …px"` on its <svg>.
    // Which inline styles a page may use is the Content-Security-Policy's business
    // (style-src), checked by its own spec.
    'no-inline-style': 'off',
    // Starlight renders "On this page" twice (the mobile menu and the desktop sidebar,
    // only one shown at a time) and its right sidebar as an unnamed <aside>; the combined
    // handbook view repeats Starlight's aside titles ("Interview tip") and the names of
    // calculators that appear both in a chapter and on the Tools page. Landmark names are
    // checked where it matters, on what is displayed: axe's `landmark-unique` rule in the
    // accessibility spec resolves names and visibility as a browser does.
    'unique-landmark': 'off',
  },
};

/**
 * Exact snippets written by a framework, blanked out (same length, so lines and columns
 * stay true) before validation.
 */
export const FRAMEWORK_SNIPPETS: readonly { text: string; why: string }[] = [
  {
    // Astro inlines this <style> before the first island of a page, inside <body>, where
    // HTML allows no <style> (element-permitted-content); the rule stays on for everything else.
    text: '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>',
    why: "Astro's island bootstrap style",
  },
];

export function blankFrameworkSnippets(html: string): string {
  return FRAMEWORK_SNIPPETS.reduce((out, { text }) => out.replaceAll(text, ' '.repeat(text.length)), html);
}
