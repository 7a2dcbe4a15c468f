/**
 * Trust signals on every page: when it last changed (its newest commit, read here from
 * git independently of Starlight), a link to its source when the repository is known,
 * the licenses in the footer, and a way to report a mistake (issue tracker,
 * security.txt). The build and the tests resolve the repository from the same
 * environment (src/site-source.mjs), as they share BASE_PATH.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CODE_LICENSE, CONTENT_LICENSE } from '../src/licenses';
import { gitHistory, siteRepository, SOURCE_BRANCH } from '../src/site-source.mjs';
import { expect, path, test } from './fixtures';
import { builtPages } from './pages';

const repository = siteRepository();
const history = gitHistory();

/** The MDX file a site path is built from. */
function sourceFile(page: string): string {
  const id = page.replace(/\/$/, '') || 'index';
  const candidates = ['.mdx', '.md'].flatMap((ext) => [`src/content/docs/${id}${ext}`, `src/content/docs/${id}/index${ext}`]);
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new Error(`no source file for /${page} (looked for ${candidates.join(', ')})`);
  return file;
}

/**
 * When the file's text last changed: the newest commit that changed it (merges change
 * nothing themselves), as ISO 8601; undefined if it was never committed.
 */
function newestCommit(file: string): string | undefined {
  const times = execFileSync('git', ['log', '--no-merges', '--format=%ct', '--', file], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map(Number);
  return times.length ? new Date(Math.max(...times) * 1000).toISOString() : undefined;
}

for (const p of builtPages()) {
  test(`/${p} shows its last change, its source and the licenses`, async ({ page }) => {
    const file = sourceFile(p);
    await page.goto(path(p));
    // Starlight's page footer (date, edit link) and the site's license line after it.
    const footer = page.locator('main footer');
    const license = page.locator('main .site-license');

    const updated = history === 'full' ? newestCommit(file) : undefined;
    const time = footer.locator('time[datetime]');
    if (updated) {
      await expect(time).toHaveAttribute('datetime', updated);
      await expect(footer).toContainText('Last updated');
    } else {
      // Uncommitted, or a shallow or missing history: no date rather than a wrong one.
      await expect(time).toHaveCount(0);
    }

    const edit = footer.getByRole('link', { name: 'Edit page' });
    if (repository) {
      await expect(edit).toHaveAttribute('href', `${repository}/edit/${SOURCE_BRANCH}/${file}`);
      await expect(license.getByRole('link', { name: 'Report it on the issue tracker' })).toHaveAttribute('href', `${repository}/issues`);
    } else {
      await expect(edit).toHaveCount(0);
    }

    await expect(license.getByRole('link', { name: CONTENT_LICENSE.name })).toHaveAttribute('href', CONTENT_LICENSE.url);
    await expect(license.getByRole('link', { name: CODE_LICENSE.name, exact: true })).toHaveAttribute('href', CODE_LICENSE.url);
    await expect(license).toContainText(`Text and diagrams: ${CONTENT_LICENSE.name}. Code: ${CODE_LICENSE.name}.`);
  });
}

test('security.txt names the issue tracker and expires within a year, when the repository is known', async ({ request }) => {
  const res = await request.get(path('.well-known/security.txt'));
  if (!repository) {
    expect(res.status()).toBe(404);
    return;
  }
  expect(res.status()).toBe(200);
  const fields = Object.fromEntries(
    (await res.text())
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
  expect(fields['Contact']).toBe(`${repository}/issues`);
  const expires = Date.parse(fields['Expires'] ?? '');
  const yearAhead = Date.now() + 366 * 24 * 3600 * 1000;
  expect(expires).toBeGreaterThan(Date.now());
  expect(expires).toBeLessThanOrEqual(yearAhead);
  expect(fields['Canonical']).toMatch(/\/\.well-known\/security\.txt$/);
});
