import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backoffMs, pool, probe } from './check.mjs';
import { classify, isCosmeticMove } from './classify.mjs';
import { collectSiteLinks, externalLinks } from './collect.mjs';
import { formatReport, needsAction } from './report.mjs';

const SITE = 'https://handbook.example.org';

describe('externalLinks', () => {
  it('keeps http(s) links to other hosts, once each, without fragments', () => {
    const html = `<p>
      <a href="https://doi.org/10.1145/1">paper</a>
      <a href="https://doi.org/10.1145/1#sec2">same paper</a>
      <a href="http://arxiv.org/abs/1">arXiv</a>
      <a href="/metrics/">internal</a>
      <a href="#top">anchor</a>
      <a href="https://handbook.example.org/serving/">own site, absolute</a>
      <a href="http://localhost:4321/x/">local build</a>
      <a href="mailto:a@example.org">mail</a>
      <a>no href</a>
      <link rel="stylesheet" href="https://cdn.example.org/a.css">
    </p>`;
    expect(externalLinks(html, SITE)).toEqual(['https://doi.org/10.1145/1', 'http://arxiv.org/abs/1']);
  });

  it('reads attributes as a browser does (entities, unquoted values)', () => {
    expect(externalLinks('<a href=https://a.org/?x=1&amp;y=2>a</a>', SITE)).toEqual(['https://a.org/?x=1&y=2']);
  });
});

describe('collectSiteLinks', () => {
  it('maps each address to the pages citing it and skips the print views', () => {
    const dist = mkdtempSync(join(tmpdir(), 'links-'));
    for (const d of ['metrics', 'print/metrics']) mkdirSync(join(dist, d), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<a href="https://a.org/">a</a>');
    writeFileSync(join(dist, 'metrics', 'index.html'), '<a href="https://a.org/">a</a><a href="https://b.org/">b</a>');
    writeFileSync(join(dist, 'print', 'metrics', 'index.html'), '<a href="https://c.org/">c</a>');
    writeFileSync(join(dist, '404.html'), '<a href="https://b.org/">b</a>');
    expect(Object.fromEntries(collectSiteLinks(dist, SITE))).toEqual({
      'https://b.org/': ['/404.html', '/metrics/'],
      'https://a.org/': ['/', '/metrics/'],
    });
  });
});

describe('classify', () => {
  const url = 'https://example.org/paper';
  it('calls 404, 410 and an unknown host dead', () => {
    expect(classify({ url, status: 404 }).verdict).toBe('dead');
    expect(classify({ url, status: 410 }).verdict).toBe('dead');
    expect(classify({ url, error: 'ENOTFOUND' })).toMatchObject({ verdict: 'dead', detail: 'host not found (ENOTFOUND)' });
  });
  it('never calls a host that refuses bots dead', () => {
    for (const status of [401, 403, 429, 999]) expect(classify({ url, status }).verdict).toBe('blocked');
  });
  it('calls server errors and timeouts failing, not dead', () => {
    expect(classify({ url, status: 503 }).verdict).toBe('failing');
    expect(classify({ url, error: 'timeout' })).toMatchObject({ verdict: 'failing', detail: 'no answer (timeout)' });
  });
  it('reports a permanent redirect as moved, with the new address', () => {
    const r = classify({ url, status: 200, redirects: [{ status: 301, location: 'https://example.org/new' }], finalUrl: 'https://example.org/new' });
    expect(r).toMatchObject({ verdict: 'moved', movedTo: 'https://example.org/new', detail: 'HTTP 301 → 200' });
  });
  it('ignores temporary redirects (a DOI resolving) and cosmetic moves', () => {
    expect(classify({ url, status: 200, redirects: [{ status: 302, location: 'https://pub.org/x' }], finalUrl: 'https://pub.org/x' }).verdict).toBe('ok');
    expect(classify({ url: 'http://example.org/a', status: 200, redirects: [{ status: 301, location: 'https://www.example.org/a/' }], finalUrl: 'https://www.example.org/a/' }).verdict).toBe('ok');
  });
  it('isCosmeticMove compares host without www, path without trailing slash, and query', () => {
    expect(isCosmeticMove('http://a.org/x', 'https://www.a.org/x/')).toBe(true);
    expect(isCosmeticMove('https://a.org/x', 'https://a.org/y')).toBe(false);
    expect(isCosmeticMove('https://a.org/x?id=1', 'https://a.org/x?id=2')).toBe(false);
  });
});

/** A fake fetch answering from a table: url → [status, location?] per method, in order. */
function fakeFetch(table: Record<string, Array<[number, string?] | Error>>) {
  const calls: string[] = [];
  const impl = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    calls.push(`${init?.method} ${url}`);
    const answer = table[`${init?.method} ${url}`]?.shift() ?? table[url]?.shift();
    if (!answer) throw new Error(`unexpected ${init?.method} ${url}`);
    if (answer instanceof Error) throw answer;
    const [status, location] = answer;
    return new Response(null, { status, headers: location ? { location } : {} });
  }) as typeof fetch;
  return { impl, calls };
}
const noSleep = async () => {};

describe('probe', () => {
  it('follows redirects by hand and records each hop', async () => {
    const { impl } = fakeFetch({ 'HEAD https://a.org/old': [[301, '/new']], 'HEAD https://a.org/new': [[200]] });
    expect(await probe('https://a.org/old', { fetchImpl: impl, sleep: noSleep })).toEqual({
      url: 'https://a.org/old',
      status: 200,
      redirects: [{ status: 301, location: 'https://a.org/new' }],
      finalUrl: 'https://a.org/new',
      retryAfter: undefined,
    });
  });
  it('falls back to GET when HEAD is refused', async () => {
    const { impl, calls } = fakeFetch({ 'HEAD https://a.org/': [[405]], 'GET https://a.org/': [[200]] });
    expect((await probe('https://a.org/', { fetchImpl: impl, sleep: noSleep })).status).toBe(200);
    expect(calls).toEqual(['HEAD https://a.org/', 'GET https://a.org/']);
  });
  it('retries transient answers, then gives the last one', async () => {
    const { impl, calls } = fakeFetch({ 'https://a.org/': [[503], [503], [503], [503], [503], [503]] });
    expect((await probe('https://a.org/', { fetchImpl: impl, sleep: noSleep, retries: 2 })).status).toBe(503);
    expect(calls).toHaveLength(6); // (HEAD + GET) × 3 attempts
  });
  it('does not retry an unknown host', async () => {
    const dns = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    const { impl, calls } = fakeFetch({ 'https://gone.example/': [dns, dns] });
    expect(await probe('https://gone.example/', { fetchImpl: impl, sleep: noSleep })).toMatchObject({ error: 'ENOTFOUND' });
    expect(calls).toHaveLength(2);
  });
  it('backs off 1 s, 2 s, 4 s, or as Retry-After says (capped at 30 s)', () => {
    expect([0, 1, 2].map((a) => backoffMs(a, undefined))).toEqual([1000, 2000, 4000]);
    expect(backoffMs(0, '5')).toBe(5000);
    expect(backoffMs(0, '3600')).toBe(30_000);
  });
});

describe('pool', () => {
  it('keeps input order and never exceeds the overall and per-host limits', async () => {
    let inFlight = 0;
    let peak = 0;
    const perHost = new Map<string, number>();
    let hostPeak = 0;
    const items = ['a1', 'a2', 'a3', 'b1', 'b2', 'c1'];
    const out = await pool(
      items,
      async (item) => {
        const host = item[0]!;
        inFlight++;
        perHost.set(host, (perHost.get(host) ?? 0) + 1);
        peak = Math.max(peak, inFlight);
        hostPeak = Math.max(hostPeak, perHost.get(host)!);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        perHost.set(host, perHost.get(host)! - 1);
        return item.toUpperCase();
      },
      { limit: 3, perKey: 1, key: (item) => item[0]! },
    );
    expect(out).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'C1']);
    expect(peak).toBe(3);
    expect(hostPeak).toBe(1);
  });
  it('resolves an empty list', async () => {
    expect(await pool([], async (x) => x, { limit: 2, perKey: 1, key: String })).toEqual([]);
  });
});

describe('formatReport', () => {
  const results = [
    { url: 'https://ok.org/', verdict: 'ok' as const, detail: 'HTTP 200' },
    { url: 'https://gone.org/a|b', verdict: 'dead' as const, detail: 'HTTP 404' },
    { url: 'https://old.org/', verdict: 'moved' as const, detail: 'HTTP 301 → 200', movedTo: 'https://new.org/' },
    { url: 'https://slow.org/', verdict: 'failing' as const, detail: 'no answer (timeout)' },
    { url: 'https://acm.org/x', verdict: 'blocked' as const, detail: 'HTTP 403: the host refuses automated requests' },
  ];
  const pages = new Map([
    ['https://gone.org/a|b', ['/a/', '/b/', '/c/', '/d/', '/e/']],
    ['https://old.org/', ['/metrics/']],
  ]);
  const md = formatReport(results, pages, { date: '2026-12-01' });
  it('counts every verdict in its summary line', () => {
    expect(md.split('\n')[2]).toBe('Checked 5 external addresses: 1 fine, 1 dead, 1 moved, 1 not answering, 1 refused the checker.');
  });
  it('lists dead links with the citing pages (three, then a count) and escapes table pipes', () => {
    expect(md).toContain('| https://gone.org/a\\|b | HTTP 404 | `/a/`, `/b/`, `/c/` and 2 more |');
  });
  it('gives a moved link its new address, and folds the refused ones', () => {
    expect(md).toContain('| https://old.org/ | https://new.org/ | `/metrics/` |');
    expect(md).toMatch(/<details>\n<summary>Refused the checker \(1\)[^\n]*\n\n- https:\/\/acm\.org\/x \(HTTP 403\)/);
    expect(md).not.toContain('https://ok.org/');
  });
  it('says when there is nothing to fix', () => {
    const clean = formatReport([results[0]!, results[4]!], new Map(), { date: '2026-12-01' });
    expect(clean).toContain('Nothing to fix.');
    expect(needsAction([results[0]!, results[4]!])).toBe(false);
    expect(needsAction(results)).toBe(true);
  });
});
