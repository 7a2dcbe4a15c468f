import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256 } from './hash.mjs';
import { cspConfig, INLINE_SCRIPT_SOURCES, inlineScriptHashes, inlineScripts } from './policy.mjs';

describe('inlineScripts', () => {
  it('takes the exact text of is:inline scripts only, whitespace included', () => {
    const source = '---\nconst a = 1;\n---\n<script is:inline>\n\tone();\n</script>\n<script>bundled();</script>\n<script is:inline aria-hidden="true">two()</script>';
    expect(inlineScripts(source)).toEqual(['\n\tone();\n', 'two()']);
  });
});

describe('sha256', () => {
  it('is the CSP source expression of the UTF-8 text', () => {
    // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(sha256('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
    expect(sha256('⌘')).toBe(`sha256-${createHash('sha256').update(Buffer.from('⌘', 'utf8')).digest('base64')}`);
  });
});

describe('the policy', () => {
  it('hashes every listed inline script, and each listed file still has its scripts', () => {
    const hashes = inlineScriptHashes();
    expect(hashes).toHaveLength(INLINE_SCRIPT_SOURCES.reduce((n, s) => n + s.scripts, 0));
    const theme = inlineScripts(readFileSync(INLINE_SCRIPT_SOURCES[0]!.file, 'utf8'))[0]!;
    expect(theme).toContain('StarlightThemeProvider');
    expect(hashes[0]).toBe(sha256(theme));
  });

  it("allows neither 'unsafe-inline' nor 'unsafe-eval' for scripts, and nothing but the site itself", () => {
    const csp = cspConfig();
    if (!csp || typeof csp !== 'object') throw new Error('no CSP object');
    const scripts = JSON.stringify(csp.scriptDirective);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(csp.scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    // 'unsafe-inline' only for style attributes, never for <style> elements.
    expect(csp.styleDirective?.resources).toEqual(["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }]);
    for (const directive of csp.directives ?? []) expect(directive).not.toMatch(/https?:|\*|'unsafe/);
  });
});
