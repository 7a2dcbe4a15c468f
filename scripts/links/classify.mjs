// @ts-check
/**
 * What a link check's answer means (pure): the probe (../links/check.mjs) records what the
 * server said; this decides whether the reference is fine, moved, dead, or could not be
 * judged.
 *
 * @typedef {{ status: number, location: string }} Redirect
 * @typedef {{
 *   url: string,
 *   status?: number | undefined,
 *   error?: string | undefined,
 *   redirects?: readonly Redirect[] | undefined,
 *   finalUrl?: string | undefined,
 *   retryAfter?: string | undefined,
 * }} Probe
 * @typedef {'ok' | 'moved' | 'dead' | 'blocked' | 'failing'} Verdict
 * @typedef {{ url: string, verdict: Verdict, detail: string, movedTo?: string | undefined }} Classified
 */

/**
 * Answers a host gives automated clients it refuses (bot protection, rate limits,
 * log-in walls, LinkedIn's 999): they say nothing about whether a reader's browser gets
 * the page, so they are listed as unchecked, never as dead.
 */
export const BLOCKED_STATUSES = new Set([401, 403, 429, 999]);

/** Answers that mean the page is gone. */
export const GONE_STATUSES = new Set([404, 410]);

/** Network errors that mean the host itself is gone (no DNS record). */
const HOST_GONE_ERRORS = new Set(['ENOTFOUND']);

/** Redirects that say the move is permanent (the address in the page should change). */
const PERMANENT_REDIRECTS = new Set([301, 308]);

/**
 * True when two addresses differ only in ways a reader never notices and a maintainer
 * need not fix: http → https, a `www.` prefix, a trailing slash.
 * @param {string} from
 * @param {string} to
 */
export function isCosmeticMove(from, to) {
  const norm = (/** @type {string} */ s) => {
    const u = new URL(s);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/$/, '')}${u.search}`;
  };
  try {
    return norm(from) === norm(to);
  } catch {
    return false;
  }
}

/**
 * @param {Probe} probe
 * @returns {Classified}
 */
export function classify(probe) {
  const { url, status, error, redirects = [], finalUrl } = probe;
  if (status === undefined) {
    if (error && HOST_GONE_ERRORS.has(error)) return { url, verdict: 'dead', detail: `host not found (${error})` };
    return { url, verdict: 'failing', detail: error ? `no answer (${error})` : 'no answer' };
  }
  if (GONE_STATUSES.has(status)) return { url, verdict: 'dead', detail: `HTTP ${status}` };
  if (BLOCKED_STATUSES.has(status)) return { url, verdict: 'blocked', detail: `HTTP ${status}: the host refuses automated requests` };
  if (status >= 500) return { url, verdict: 'failing', detail: `HTTP ${status}` };
  if (status >= 400) return { url, verdict: 'dead', detail: `HTTP ${status}` };
  if (status >= 300) return { url, verdict: 'failing', detail: `HTTP ${status} without a usable Location` };
  const permanent = redirects.some((r) => PERMANENT_REDIRECTS.has(r.status));
  if (permanent && finalUrl && !isCosmeticMove(url, finalUrl)) {
    return { url, verdict: 'moved', detail: `HTTP ${redirects.map((r) => r.status).join(' → ')} → ${status}`, movedTo: finalUrl };
  }
  return { url, verdict: 'ok', detail: `HTTP ${status}` };
}
