/**
 * Joining site-root paths with Astro's `base`, in one place, so the handbook works when
 * served under a sub-path (BASE_PATH=/handbook).
 */

/** `/metrics/` → `/handbook/metrics/` for base `/handbook`; other links are returned as they are. */
export function withBase(href: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (!prefix || !href.startsWith('/') || href.startsWith('//')) return href;
  if (href === prefix || href.startsWith(`${prefix}/`)) return href;
  return `${prefix}${href}`;
}

/** A site-root path (`/tools/`) as served under the configured base. */
export function sitePath(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

/**
 * The docs entry a site path serves, without the base and slashes:
 * `/handbook/case-studies/news-feed/` → `case-studies/news-feed`, the landing page → ``.
 */
export function entryIdOf(pathname: string, base: string): string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const rel = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : `${pathname}/` === prefix ? '' : pathname;
  return decodeURIComponent(rel).replace(/(^|\/)index\.html$/, '').replace(/^\/+|\/+$/g, '');
}
