/**
 * Every HTML file the build wrote (pages, print views, the 404 page) is valid HTML by
 * html-validate's recommended rules, with the exceptions in ./html-validation.ts. Read
 * from dist/ directly: no browser, one test per file so they spread across workers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { blankFrameworkSnippets, HTML_VALIDATE_CONFIG } from './html-validation';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .sort();

test('the build wrote pages and print views to validate', () => {
  expect(files).toContain('index.html');
  expect(files).toContain('404.html');
  expect(files.some((f) => f.startsWith('print/'))).toBe(true);
});

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);

for (const file of files) {
  test(`dist/${file} is valid HTML`, async () => {
    const path = `${dist}${file}`;
    const report = await validator.validateString(blankFrameworkSnippets(readFileSync(path, 'utf8')), path);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${relative(process.cwd(), path)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages, messages.join('\n')).toEqual([]);
  });
}
