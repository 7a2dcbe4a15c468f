// @ts-check
/**
 * Where the handbook's source lives and how much of its history this checkout has: the
 * build uses them for the "Edit page" links, the "Last updated" dates, the footer's
 * issue-tracker link and security.txt. Plain JavaScript, read by astro.config.mjs, the
 * pages and the tests alike.
 *
 * The repository address comes from, in order: REPO_URL; GitHub Actions' own variables
 * (GITHUB_SERVER_URL and GITHUB_REPOSITORY, set in every workflow run); package.json's
 * `repository`; the `origin` remote when it is a web address. A checkout with none of
 * these (a clone from a local folder) builds without those links and says so.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A repository address as a browser URL without `.git` or a trailing slash:
 * `git@github.com:o/r.git` and `https://github.com/o/r.git` → `https://github.com/o/r`.
 * Anything else (a local path, `file://`) → undefined.
 * @param {string | undefined} raw
 * @returns {string | undefined}
 */
export function webRepositoryUrl(raw) {
  const s = raw?.trim().replace(/^git\+/, '');
  if (!s) return undefined;
  const scp = /^[\w.-]+@([\w.-]+):(.+)$/.exec(s); // git@host:owner/repo.git
  const candidate = scp ? `https://${scp[1]}/${scp[2]}` : s.replace(/^(ssh|git):\/\/(?:[^@/]+@)?/, 'https://');
  let url;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const path = url.pathname.replace(/\.git$/, '').replace(/\/+$/, '');
  if (path.split('/').filter(Boolean).length < 2) return undefined;
  return `https://${url.host}${path}`;
}

/** @param {string[]} args @param {string} [cwd] */
function git(args, cwd) {
  const r = spawnSync('git', args, { encoding: 'utf8', ...(cwd ? { cwd } : {}) });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/**
 * @param {NodeJS.ProcessEnv} env
 * @param {{ packageRepository?: string | undefined, originRemote?: string | undefined }} [found]
 *   package.json's `repository` and the origin remote; read from disk when not given
 * @returns {string | undefined}
 */
export function repositoryUrl(env, found = {}) {
  const fromActions = env['GITHUB_SERVER_URL'] && env['GITHUB_REPOSITORY'] ? `${env['GITHUB_SERVER_URL']}/${env['GITHUB_REPOSITORY']}` : undefined;
  // Each source is read only if the ones before it gave nothing.
  return (
    webRepositoryUrl(env['REPO_URL']) ??
    webRepositoryUrl(fromActions) ??
    webRepositoryUrl('packageRepository' in found ? found.packageRepository : readPackageRepository()) ??
    webRepositoryUrl('originRemote' in found ? found.originRemote : git(['remote', 'get-url', 'origin']))
  );
}

/** package.json's `repository`, read from the project root (the build's working directory). */
function readPackageRepository() {
  try {
    const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
    return typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  } catch {
    return undefined;
  }
}

/**
 * How much git history the checkout has, which decides whether "Last updated" dates can
 * be trusted: a shallow clone (CI's default `fetch-depth: 1`) sees one commit, so every
 * page would claim the newest commit's date.
 * @param {string} [cwd]  the checkout (default: the working directory)
 * @returns {'full' | 'shallow' | 'none'}
 */
export function gitHistory(cwd) {
  const shallow = git(['rev-parse', '--is-shallow-repository'], cwd);
  if (shallow === undefined) return 'none';
  return shallow === 'true' ? 'shallow' : 'full';
}

/** The branch edit links open; the one the site is published from. */
export const SOURCE_BRANCH = 'main';

/** @type {string | undefined | null} */
let cached = null;
/** The repository address for this build (resolved once; components call this per page). */
export function siteRepository() {
  if (cached === null) cached = repositoryUrl(process.env);
  return cached;
}
