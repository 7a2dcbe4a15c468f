import { afterEach, describe, expect, it, vi } from 'vitest';
import { entryIdOf, sitePath, withBase } from './site-path';

describe('withBase', () => {
  it('prefixes site-root paths with a sub-path base, with or without its trailing slash', () => {
    expect(withBase('/metrics/', '/handbook')).toBe('/handbook/metrics/');
    expect(withBase('/metrics/', '/handbook/')).toBe('/handbook/metrics/');
    expect(withBase('/metrics/#log-loss', '/handbook/')).toBe('/handbook/metrics/#log-loss');
    expect(withBase('/tools/?cm.tp=4', '/handbook')).toBe('/handbook/tools/?cm.tp=4');
    expect(withBase('/', '/handbook/')).toBe('/handbook/');
  });

  it('leaves every path alone when the site is served from the root', () => {
    for (const base of ['/', '', '//']) expect(withBase('/metrics/', base)).toBe('/metrics/');
  });

  it('does not prefix a path that already carries the base', () => {
    expect(withBase('/handbook/metrics/', '/handbook')).toBe('/handbook/metrics/');
    expect(withBase('/handbook', '/handbook/')).toBe('/handbook');
  });

  it('prefixes a path that only starts with the same letters as the base', () => {
    expect(withBase('/handbooks/', '/handbook')).toBe('/handbook/handbooks/');
  });

  it('leaves relative, fragment, external and protocol-relative links alone', () => {
    for (const href of ['metrics/', '../serving/', '#top', 'https://arxiv.org/abs/1', 'mailto:a@b.c', '//cdn.example/x.js', '']) {
      expect(withBase(href, '/handbook')).toBe(href);
    }
  });
});

describe('sitePath', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('uses the base the site is built with', () => {
    vi.stubEnv('BASE_URL', '/handbook/');
    expect(sitePath('/tools/')).toBe('/handbook/tools/');
    vi.stubEnv('BASE_URL', '/');
    expect(sitePath('/tools/')).toBe('/tools/');
  });
});

describe('entryIdOf', () => {
  it('strips the base and the slashes around the entry id', () => {
    expect(entryIdOf('/handbook/case-studies/news-feed/', '/handbook/')).toBe('case-studies/news-feed');
    expect(entryIdOf('/handbook/metrics/', '/handbook')).toBe('metrics');
    expect(entryIdOf('/metrics/', '/')).toBe('metrics');
    expect(entryIdOf('/metrics/index.html', '/')).toBe('metrics');
  });

  it('reads the landing page as the empty id, with or without the trailing slash', () => {
    expect(entryIdOf('/handbook/', '/handbook/')).toBe('');
    expect(entryIdOf('/handbook', '/handbook/')).toBe('');
    expect(entryIdOf('/', '/')).toBe('');
    expect(entryIdOf('/index.html', '/')).toBe('');
  });

  it('decodes escaped characters and keeps a path outside the base whole', () => {
    expect(entryIdOf('/handbook/caf%C3%A9/', '/handbook/')).toBe('café');
    expect(entryIdOf('/elsewhere/page/', '/handbook/')).toBe('elsewhere/page');
  });
});
