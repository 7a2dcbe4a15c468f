import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitHistory, repositoryUrl, webRepositoryUrl } from './site-source.mjs';

describe('webRepositoryUrl', () => {
  it('turns the usual remote spellings into the repository page', () => {
    expect(webRepositoryUrl('git@github.com:acme/handbook.git')).toBe('https://github.com/acme/handbook');
    expect(webRepositoryUrl('https://github.com/acme/handbook.git')).toBe('https://github.com/acme/handbook');
    expect(webRepositoryUrl('git+https://github.com/acme/handbook.git')).toBe('https://github.com/acme/handbook');
    expect(webRepositoryUrl('ssh://git@gitlab.example.org/team/handbook.git')).toBe('https://gitlab.example.org/team/handbook');
    expect(webRepositoryUrl('https://github.com/acme/handbook/')).toBe('https://github.com/acme/handbook');
  });
  it('refuses local paths, file URLs and hosts without an owner/name path', () => {
    expect(webRepositoryUrl('/work/main')).toBeUndefined();
    expect(webRepositoryUrl('file:///work/main')).toBeUndefined();
    expect(webRepositoryUrl('https://github.com/acme')).toBeUndefined();
    expect(webRepositoryUrl('')).toBeUndefined();
    expect(webRepositoryUrl(undefined)).toBeUndefined();
  });
});

describe('repositoryUrl', () => {
  const none = { packageRepository: undefined, originRemote: undefined };
  it('prefers REPO_URL, then GitHub Actions, then package.json, then the origin remote', () => {
    const all = { packageRepository: 'https://github.com/pkg/r', originRemote: 'git@github.com:origin/r.git' };
    const actions = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'ci/r' };
    expect(repositoryUrl({ REPO_URL: 'https://github.com/env/r', ...actions }, all)).toBe('https://github.com/env/r');
    expect(repositoryUrl(actions, all)).toBe('https://github.com/ci/r');
    expect(repositoryUrl({}, all)).toBe('https://github.com/pkg/r');
    expect(repositoryUrl({}, { ...all, packageRepository: undefined })).toBe('https://github.com/origin/r');
  });
  it('is undefined for a clone of a local folder', () => {
    expect(repositoryUrl({}, { ...none, originRemote: '/work/main' })).toBeUndefined();
  });
});

describe('gitHistory', () => {
  it('tells a full clone from a shallow one and from no repository', () => {
    const root = mkdtempSync(join(tmpdir(), 'history-'));
    const repo = join(root, 'repo');
    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe' });
    execFileSync('git', ['init', '-q', repo]);
    for (const n of [1, 2]) {
      writeFileSync(join(repo, 'page.md'), `version ${n}\n`);
      git(repo, 'add', 'page.md');
      git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', `v${n}`);
    }
    git(root, 'clone', '-q', '--depth', '1', `file://${repo}`, 'shallow');
    expect(gitHistory(repo)).toBe('full');
    expect(gitHistory(join(root, 'shallow'))).toBe('shallow');
    expect(gitHistory(tmpdir())).toBe('none');
  });
});
