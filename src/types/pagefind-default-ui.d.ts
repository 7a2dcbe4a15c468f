/** The part of Pagefind's default UI (https://pagefind.app/docs/ui/) the site's search boxes use. */
declare module '@pagefind/default-ui' {
  export interface PagefindUIOptions {
    element: string | HTMLElement;
    baseUrl?: string;
    bundlePath?: string;
    showImages?: boolean;
    showSubResults?: boolean;
    resetStyles?: boolean;
    ranking?: Record<string, number>;
    translations?: Record<string, string>;
    /** List filter values that no result of the current query has (default true). */
    showEmptyFilters?: boolean;
    /** Filter names whose panel starts open. */
    openFilters?: string[];
  }
  export class PagefindUI {
    constructor(options: PagefindUIOptions);
    triggerSearch(term: string): void;
  }
}
