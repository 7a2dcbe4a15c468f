import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countPdfPages, fillPdfSizes, formatBytes } from './export.mjs';
import { fillPdfSizesInHtml } from './fill-sizes.mjs';
import { serveStatic } from './serve.mjs';

const dirs: string[] = [];
const tempDist = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-export-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('formatBytes', () => {
  it('uses decimal kB and MB', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(84_629)).toBe('85 kB');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
  });
});

describe('countPdfPages', () => {
  it('counts page objects, not the page tree', () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Pages /Count 2>>\n2 0 obj <</Type /Page>>\n3 0 obj <</Type/Page /Parent 1 0 R>>\n');
    expect(countPdfPages(pdf)).toBe(2);
  });
});

describe('fillPdfSizes', () => {
  it('writes each PDF size into its link, and again on a re-run', async () => {
    const dist = tempDist();
    mkdirSync(join(dist, 'metrics'));
    const page = join(dist, 'metrics', 'index.html');
    writeFileSync(page, '<a href="/pdf/metrics.pdf">Download PDF <span class="pdf-size" data-pdf-size="metrics.pdf"></span></a>');
    expect(await fillPdfSizes(dist, new Map([['metrics.pdf', 1_500_000]]))).toBe(1);
    expect(readFileSync(page, 'utf8')).toContain('data-pdf-size="metrics.pdf">(1.5 MB)</span>');
    await fillPdfSizes(dist, new Map([['metrics.pdf', 2_000]]));
    expect(readFileSync(page, 'utf8')).toContain('data-pdf-size="metrics.pdf">(2 kB)</span>');
  });

  it('fails when a page links to a PDF that was not produced', async () => {
    const dist = tempDist();
    writeFileSync(join(dist, 'index.html'), '<span data-pdf-size="handbook.pdf"></span>');
    await expect(fillPdfSizes(dist, new Map())).rejects.toThrow(/handbook\.pdf/);
  });
});

describe('serveStatic', () => {
  it('serves the build under the base path, index.html for directories', async () => {
    const dist = tempDist();
    mkdirSync(join(dist, 'pdf'));
    writeFileSync(join(dist, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(dist, 'pdf', 'a.pdf'), '%PDF-1.4');
    const server = await serveStatic(dist, '/handbook');
    try {
      const home = await fetch(server.url(''));
      expect(home.status).toBe(200);
      expect(await home.text()).toBe('<h1>home</h1>');
      const pdf = await fetch(server.url('pdf/a.pdf'));
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect((await fetch(`${server.origin}/pdf/a.pdf`)).status).toBe(404);
      expect((await fetch(server.url('../../etc/passwd'))).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('fillPdfSizesInHtml', () => {
  const page =
    '<!doctype html><html><head><title>A &amp; B</title></head><body>' +
    '<p class="pdf-link"><a href="/pdf/metrics.pdf" data-pdf-link="metrics.pdf">Download PDF <span class="pdf-size" data-pdf-size="metrics.pdf"></span></a></p>' +
    "<p data-note='x'>Other   markup, kept byte for byte: <b>bold<br></b> &nbsp;</p></body></html>";

  it('replaces only the content of the size element', () => {
    const { html, filled, missing } = fillPdfSizesInHtml(page, (file) => (file === 'metrics.pdf' ? '(1.5 MB)' : undefined));
    expect({ filled, missing }).toEqual({ filled: 1, missing: [] });
    expect(html).toBe(page.replace('data-pdf-size="metrics.pdf"></span>', 'data-pdf-size="metrics.pdf">(1.5 MB)</span>'));
  });

  it('replaces a size written before, and escapes the text it writes', () => {
    const once = fillPdfSizesInHtml(page, () => '(1.5 MB)').html;
    const twice = fillPdfSizesInHtml(once, () => '<2 kB & more>').html;
    expect(twice).toContain('data-pdf-size="metrics.pdf">&#x3C;2 kB &#x26; more></span>');
    expect(twice.match(/data-pdf-size/g)).toHaveLength(1);
  });

  it('reports a link whose PDF does not exist and leaves it empty', () => {
    const { html, missing } = fillPdfSizesInHtml(page, () => undefined);
    expect(missing).toEqual(['metrics.pdf']);
    expect(html).toBe(page);
  });

  it('leaves a page without download links untouched', () => {
    const other = '<p>no link</p>';
    expect(fillPdfSizesInHtml(other, () => '(1 B)')).toEqual({ html: other, filled: 0, missing: [] });
  });
});
