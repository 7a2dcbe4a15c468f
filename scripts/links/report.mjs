// @ts-check
/**
 * The link report as Markdown (pure): what the scheduled workflow puts in its issue and
 * what `npm run links` writes locally. Dead and moved links come first, with the pages
 * that cite them; hosts that refused the checker are listed last, folded.
 *
 * @typedef {import('./classify.mjs').Classified} Classified
 */

/** Marker the workflow looks for to find its own issue. */
export const REPORT_TITLE = 'External links report';

/** How many citing pages a row names before it says "and N more". */
const PAGES_SHOWN = 3;

/** @param {string} s */
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** @param {readonly string[]} pages */
function pageList(pages) {
  const shown = pages.slice(0, PAGES_SHOWN).map((p) => `\`${p}\``).join(', ');
  return pages.length > PAGES_SHOWN ? `${shown} and ${pages.length - PAGES_SHOWN} more` : shown;
}

/**
 * @param {readonly Classified[]} results
 * @param {ReadonlyMap<string, readonly string[]>} pagesByUrl  where each address is cited
 * @param {{ date: string }} context  the check's date (YYYY-MM-DD), printed in the heading
 * @returns {string}
 */
export function formatReport(results, pagesByUrl, { date }) {
  const by = (/** @type {Classified['verdict']} */ v) =>
    results.filter((r) => r.verdict === v).sort((a, b) => a.url.localeCompare(b.url));
  const dead = by('dead');
  const moved = by('moved');
  const failing = by('failing');
  const blocked = by('blocked');
  const ok = by('ok');
  const pages = (/** @type {string} */ url) => pageList(pagesByUrl.get(url) ?? []);

  const lines = [
    `# ${REPORT_TITLE}, ${date}`,
    '',
    `Checked ${results.length} external addresses: ${ok.length} fine, ${dead.length} dead, ${moved.length} moved, ` +
      `${failing.length} not answering, ${blocked.length} refused the checker.`,
    '',
  ];
  if (dead.length + moved.length + failing.length === 0) lines.push('Nothing to fix.', '');
  if (dead.length) {
    lines.push('## Dead', '', 'Replace or remove these references.', '', '| Address | Answer | Cited on |', '| --- | --- | --- |');
    for (const r of dead) lines.push(`| ${cell(r.url)} | ${cell(r.detail)} | ${pages(r.url)} |`);
    lines.push('');
  }
  if (moved.length) {
    lines.push('## Moved', '', 'The server says these moved for good: cite the new address (after checking it is the same document).', '', '| Address | Now at | Cited on |', '| --- | --- | --- |');
    for (const r of moved) lines.push(`| ${cell(r.url)} | ${cell(r.movedTo ?? '')} | ${pages(r.url)} |`);
    lines.push('');
  }
  if (failing.length) {
    lines.push('## Not answering', '', 'Server errors or timeouts after retries; often temporary, so check again before changing anything.', '', '| Address | Answer | Cited on |', '| --- | --- | --- |');
    for (const r of failing) lines.push(`| ${cell(r.url)} | ${cell(r.detail)} | ${pages(r.url)} |`);
    lines.push('');
  }
  if (blocked.length) {
    lines.push(
      '<details>',
      `<summary>Refused the checker (${blocked.length}): bot protection or rate limits; open them in a browser if in doubt</summary>`,
      '',
      ...blocked.map((r) => `- ${r.url} (${r.detail.replace(/:.*/, '')})`),
      '',
      '</details>',
      '',
    );
  }
  return lines.join('\n');
}

/**
 * Whether the report asks a maintainer to act (dead or moved links).
 * @param {readonly Classified[]} results
 */
export const needsAction = (results) => results.some((r) => r.verdict === 'dead' || r.verdict === 'moved');
