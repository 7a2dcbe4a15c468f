/** The part of Pagefind's default UI (https://pagefind.app/docs/ui/) the 404 page uses. */
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
  }
  export class PagefindUI {
    constructor(options: PagefindUIOptions);
    triggerSearch(term: string): void;
  }
}
