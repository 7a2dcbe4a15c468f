/**
 * The Pagefind UI and its styles: a chunk of its own, imported by Search.astro when the
 * reader first opens (or heads for) search.
 */
import { PagefindUI } from '@pagefind/default-ui';
import { SEARCH_RANKING } from '../../search/weights';
// As a file's address, linked on mount: a plain CSS import would be linked from every page
// (Astro collects the CSS of dynamically imported modules into the page's stylesheets),
// and a <style> made from an inlined string would be blocked by the Content-Security-Policy
// (its hash is unknown when the policy is written; a same-origin file is allowed).
import cssUrl from './search-ui.css?url';

/** Links the search stylesheet, resolving once it has loaded, so results never show unstyled. */
function linkStylesheet(href: string): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    // On error too: unstyled search still works, and the failed request is reported.
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
}

export async function mountSearch(element: string, translations: Record<string, string>): Promise<void> {
  await linkStylesheet(cssUrl);
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
