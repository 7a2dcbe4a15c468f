// @ts-check
/**
 * Asks each server about an address (the network part of the link check): HEAD first,
 * GET when the server refuses HEAD or answers it oddly, redirects followed one by one so
 * a permanent move is seen, a timeout per request, retries with back-off for rate limits,
 * server errors and timeouts, and a limit on requests in flight overall and per host.
 * `fetchImpl` is injectable so the logic is tested offline.
 *
 * @typedef {import('./classify.mjs').Probe} Probe
 * @typedef {import('./classify.mjs').Redirect} Redirect
 * @typedef {{
 *   fetchImpl?: typeof fetch,
 *   timeoutMs?: number,
 *   retries?: number,
 *   maxRedirects?: number,
 *   sleep?: (ms: number) => Promise<void>,
 * }} ProbeOptions
 */

const USER_AGENT = 'Mozilla/5.0 (compatible; ml-system-design-handbook link check)';

/** HEAD answers worth a second try with GET: many servers mishandle HEAD. */
const RETRY_WITH_GET = new Set([400, 403, 404, 405, 406, 429, 500, 501, 503]);

/** Answers worth retrying after a pause. */
const TRANSIENT = new Set([429, 500, 502, 503, 504]);

const MAX_RETRY_AFTER_MS = 30_000;

/** @param {unknown} e */
function errorCode(e) {
  const err = /** @type {{ name?: string, code?: string, cause?: { code?: string, message?: string } }} */ (e);
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return 'timeout';
  return err?.cause?.code ?? err?.code ?? err?.cause?.message ?? 'network error';
}

/**
 * One request chain: `method` on `url`, following redirects by hand.
 * @param {string} url
 * @param {'HEAD' | 'GET'} method
 * @param {Required<Pick<ProbeOptions, 'fetchImpl' | 'timeoutMs' | 'maxRedirects'>>} o
 * @returns {Promise<Probe>}
 */
async function follow(url, method, { fetchImpl, timeoutMs, maxRedirects }) {
  /** @type {Redirect[]} */
  const redirects = [];
  let current = url;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    let res;
    try {
      res = await fetchImpl(current, {
        method,
        redirect: 'manual',
        headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      return { url, error: errorCode(e), redirects, finalUrl: current };
    }
    // The body is not needed; free the connection.
    await res.body?.cancel().catch(() => {});
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, current).href;
      redirects.push({ status: res.status, location: next });
      current = next;
      continue;
    }
    return { url, status: res.status, redirects, finalUrl: current, retryAfter: res.headers.get('retry-after') ?? undefined };
  }
  return { url, error: 'too many redirects', redirects, finalUrl: current };
}

/**
 * Milliseconds to wait before retry `attempt` (0-based): the server's Retry-After when
 * it gives one (seconds, capped), else 1 s, 2 s, 4 s…
 * @param {number} attempt
 * @param {string | undefined} retryAfter
 */
export function backoffMs(attempt, retryAfter) {
  const seconds = retryAfter !== undefined && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : undefined;
  if (seconds !== undefined) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
  return 1000 * 2 ** attempt;
}

/**
 * What the server says about `url`, after the GET fallback and retries.
 * @param {string} url
 * @param {ProbeOptions} [options]
 * @returns {Promise<Probe>}
 */
export async function probe(url, options = {}) {
  const {
    fetchImpl = fetch,
    timeoutMs = 15_000,
    retries = 2,
    maxRedirects = 10,
    sleep = (ms) => new Promise((r) => setTimeout(r, ms)),
  } = options;
  const o = { fetchImpl, timeoutMs, maxRedirects };
  /** @type {Probe} */
  let result = { url };
  for (let attempt = 0; attempt <= retries; attempt++) {
    result = await follow(url, 'HEAD', o);
    if (result.status === undefined || RETRY_WITH_GET.has(result.status)) result = await follow(url, 'GET', o);
    const transient = result.status === undefined ? result.error !== 'ENOTFOUND' : TRANSIENT.has(result.status);
    if (!transient || attempt === retries) break;
    await sleep(backoffMs(attempt, result.retryAfter));
  }
  return result;
}

/**
 * Runs `task` over `items` with at most `limit` in flight, and at most `perKey` in flight
 * for items sharing `key(item)` (one host), keeping the results in input order.
 * @template T, R
 * @param {readonly T[]} items
 * @param {(item: T) => Promise<R>} task
 * @param {{ limit: number, perKey: number, key: (item: T) => string }} o
 * @returns {Promise<R[]>}
 */
export async function pool(items, task, { limit, perKey, key }) {
  /** @type {R[]} */
  const results = new Array(items.length);
  /** @type {Map<string, number>} */
  const busy = new Map();
  const waiting = items.map((item, index) => ({ item, index }));
  let running = 0;
  return new Promise((resolve, reject) => {
    const next = () => {
      if (waiting.length === 0 && running === 0) return resolve(results);
      while (running < limit) {
        const at = waiting.findIndex(({ item }) => (busy.get(key(item)) ?? 0) < perKey);
        if (at < 0) return;
        const [{ item, index }] = /** @type {[{ item: T, index: number }]} */ (waiting.splice(at, 1));
        const k = key(item);
        busy.set(k, (busy.get(k) ?? 0) + 1);
        running++;
        task(item).then(
          (r) => {
            results[index] = r;
            busy.set(k, (busy.get(k) ?? 1) - 1);
            running--;
            next();
          },
          reject,
        );
      }
    };
    next();
  });
}
