/**
 * The Pagefind UI and its styles: a chunk of its own, imported by Search.astro when the
 * reader first opens (or heads for) search.
 */
import { PagefindUI } from '@pagefind/default-ui';
import { SEARCH_RANKING } from '../../search/weights';
// As a string, injected on mount: a plain CSS import would be linked from every page
// (Astro collects the CSS of dynamically imported modules into the page's stylesheets).
import css from './search-ui.css?inline';

export function mountSearch(element: string, translations: Record<string, string>): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const base = import.meta.env.BASE_URL;
  new PagefindUI({
    element,
    baseUrl: base,
    bundlePath: `${base.replace(/\/$/, '')}/pagefind/`,
    showImages: false,
    translations,
    showSubResults: true,
    // The ranking the index was tuned with (Starlight's config and the 404 page use it too);
    // Pagefind UI passes options it does not know on to Pagefind itself.
    ranking: SEARCH_RANKING,
    // The page-kind, domain and ML-task filters (src/search/filters.ts) list only the
    // values that the current query still finds, so the panel stays short on a phone.
    showEmptyFilters: false,
  });
  // Pagefind names its box by a title attribute only (axe: label-title-only).
  document.querySelector(`${element} input`)?.setAttribute('aria-label', translations['placeholder'] ?? 'Search');
}
