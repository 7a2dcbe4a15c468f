/**
 * The Pagefind UI and its styles: a chunk of its own, imported by Search.astro when the
 * reader first opens (or heads for) search.
 */
// @ts-expect-error: @pagefind/default-ui ships no type declarations.
import { PagefindUI } from '@pagefind/default-ui';
import './search-ui.css';

export function mountSearch(element: string, translations: Record<string, string>): void {
  const base = import.meta.env.BASE_URL;
  new PagefindUI({
    element,
    baseUrl: base,
    bundlePath: `${base.replace(/\/$/, '')}/pagefind/`,
    showImages: false,
    translations,
    showSubResults: true,
  });
}
