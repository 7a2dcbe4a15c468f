// @ts-check
/**
 * `npm run links`: checks every external address the built site links to and writes a
 * Markdown report of dead, moved and unanswered links (links-report.md). Needs a build
 * (`npm run build`) and the network; `npm test` never runs it. The scheduled workflow
 * (.github/workflows/links.yml) runs it weekly and files the report as an issue.
 *
 *   npm run links -- [--dist dist] [--out links-report.md] [--concurrency 8] [--timeout 15000] [--fail-on-dead]
 *
 * Exits 1 with --fail-on-dead when a link is dead or moved; 2 on a usage error, a missing
 * build, or when no address answers at all (no network).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { classify } from './links/classify.mjs';
import { pool, probe } from './links/check.mjs';
import { collectSiteLinks } from './links/collect.mjs';
import { formatReport, needsAction } from './links/report.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'links-report.md' },
    concurrency: { type: 'string', default: '8' },
    timeout: { type: 'string', default: '15000' },
    'fail-on-dead': { type: 'boolean', default: false },
  },
});

if (!existsSync(values.dist)) {
  console.error(`No ${values.dist}/: run \`npm run build\` first.`);
  process.exit(2);
}
const limit = Number(values.concurrency);
const timeoutMs = Number(values.timeout);
if (!(limit >= 1) || !(timeoutMs >= 1000)) {
  console.error('--concurrency must be at least 1 and --timeout at least 1000 (ms).');
  process.exit(2);
}

// The site's own address is internal; SITE_URL is what the build used (localhost if unset).
const siteOrigin = process.env.SITE_URL || 'http://localhost:4321';
const links = collectSiteLinks(values.dist, siteOrigin);
const urls = [...links.keys()];
console.log(`Checking ${urls.length} external addresses (${limit} at a time, 2 per host)…`);

let done = 0;
const results = await pool(
  urls,
  async (url) => {
    const r = classify(await probe(url, { timeoutMs }));
    done++;
    if (r.verdict !== 'ok') console.log(`[${done}/${urls.length}] ${r.verdict}: ${url} (${r.detail})`);
    return r;
  },
  { limit, perKey: 2, key: (url) => new URL(url).host },
);

// Not one HTTP answer means this machine has no network (or no DNS), not that every
// reference died: say so instead of writing a report full of false "dead" rows.
if (urls.length > 0 && results.every((r) => /^(host not found|no answer)/.test(r.detail))) {
  console.error(`None of ${urls.length} addresses answered: is this machine offline? No report written.`);
  process.exit(2);
}

const report = formatReport(results, links, { date: new Date().toISOString().slice(0, 10) });
writeFileSync(values.out, report);
console.log(report.split('\n')[2]);
console.log(`Report: ${values.out}`);
if (values['fail-on-dead'] && needsAction(results)) process.exit(1);
