import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { drawings } from './diagram-drawing';
import { expect, path, test } from './fixtures';

/** Each diagram's smallest label as drawn, in CSS px: font size × the SVG's scale. */
async function smallestLabelPx(page: Page, containerSelector = 'figure.diagram') {
  const shown = (await drawings(page, containerSelector)).filter((d) => d.shown);
  const buttons = await page.locator(containerSelector).evaluateAll((containers) =>
    containers.map((c) => {
      const button = c.querySelector('button[data-diagram-zoom]');
      return !!button && button.getClientRects().length > 0;
    }),
  );
  return shown.map((d, i) => ({ id: d.id, px: Math.min(...d.texts.map((t) => t.px)), labels: d.texts.length, button: buttons[i] ?? false }));
}

test.describe('build-time diagrams', () => {
  test('are one SVG each, drawn from a file of its own, whose colours follow the theme toggle, light in print', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
    const files: { url: string; type: string }[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/_astro/diagrams/')) files.push({ url: r.url(), type: r.headers()['content-type'] ?? '' });
    });
    await page.goto(path('start-here/how-to-use/'));
    const figure = page.locator('figure.diagram').first();
    const svg = figure.locator('svg');
    await expect(svg).toHaveCount(1);
    await expect(svg).toBeVisible();
    // The page keeps the accessible title (from accTitle) and the box; the drawing is a
    // content-hashed file under the base path, shown through <use>.
    await expect(svg.locator('title')).toHaveText('How the parts of the handbook connect');
    await expect(svg).toHaveAttribute('aria-labelledby', /chart-title-/);
    await expect(svg).toHaveAttribute('viewBox', /^[\d.-]+ [\d.-]+ [\d.]+ [\d.]+$/);
    const href = await svg.locator('use').getAttribute('href');
    const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');
    expect(href!.startsWith(`${base}_astro/diagrams/`), `${href} under the base path`).toBe(true);
    expect(href).toMatch(/\/mmd-[0-9a-f]{8}-\d+\.[0-9a-f]{10}\.svg#mmd-[0-9a-f]{8}-\d+$/);
    // No label text in the page itself.
    await expect(svg.locator('text')).toHaveCount(0);

    const [light] = await drawings(page, 'figure.diagram', { shapes: true });
    expect(files.map((f) => f.url)).toContain(new URL(href!, page.url()).href.replace(/#.*$/, ''));
    expect(files[0]!.type).toContain('image/svg+xml');
    // Labels are real SVG text, drawn from the file.
    expect(light!.texts.map((t) => t.text)).toContain('Case studies');
    const nodeFills = (d: typeof light) => d!.shapes.filter((s) => s.classes.includes('node') && (s.tag === 'rect' || s.tag === 'polygon')).map((s) => s.fill);
    expect(nodeFills(light).length).toBeGreaterThan(3);
    // Mermaid's default theme fills nodes with #ECECFF, its dark theme with #1f2020.
    for (const fill of nodeFills(light)) expect(fill).toBe('rgb(236, 236, 255)');
    // Edges end in arrowheads, drawn in the line colour of the theme (#333333 light, lightgrey dark).
    const arrowheads = (d: typeof light) => d!.shapes.filter((s) => s.classes.includes('marker') && s.tag === 'path');
    expect(arrowheads(light).length).toBeGreaterThan(3);
    for (const a of arrowheads(light)) expect([a.fill, a.stroke]).toEqual(['rgb(51, 51, 51)', 'rgb(51, 51, 51)']);

    await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const [dark] = await drawings(page, 'figure.diagram', { shapes: true });
    for (const fill of nodeFills(dark)) expect(fill).toBe('rgb(31, 32, 32)');
    for (const a of arrowheads(dark)) expect([a.fill, a.stroke]).toEqual(['rgb(211, 211, 211)', 'rgb(211, 211, 211)']);
    for (const t of dark!.texts) expect(t.fill, `label "${t.text}" in the dark theme`).not.toBe('rgb(51, 51, 51)');

    // Printing uses the light colours whatever the theme.
    await page.emulateMedia({ media: 'print' });
    const [printed] = await drawings(page, 'figure.diagram', { shapes: true });
    for (const fill of nodeFills(printed)) expect(fill).toBe('rgb(236, 236, 255)');
  });

  test('diagram ids are unique, in a chapter and in the whole-handbook print view', async ({ page }) => {
    // The page with the most sequence diagrams (mermaid repeats actor0, root-0… in each), then
    // the most diagrams, read from disk.
    const docs = fileURLToPath(new URL('../src/content/docs/', import.meta.url));
    const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
    const [busiest] = readdirSync(docs, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({ f, text: readFileSync(join(docs, f), 'utf8') }))
      .map(({ f, text }) => ({ f, n: count(text, /^\s*sequenceDiagram\b/gm), all: count(text, /^```mermaid\b/gm) }))
      .sort((a, b) => b.n - a.n || b.all - a.all);
    expect(busiest!.n).toBeGreaterThan(0);
    for (const p of [`${busiest!.f.replace(/(^|\/)index\.mdx$|\.mdx$/, '')}/`, 'print/handbook/']) {
      await page.goto(path(p));
      const all = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
      const inDiagrams = await page.locator('figure.diagram [id], figure.diagram').evaluateAll((els) => els.map((e) => e.id).filter(Boolean));
      expect(inDiagrams.length).toBeGreaterThan(10);
      const dupes = inDiagrams.filter((id) => all.indexOf(id) !== all.lastIndexOf(id));
      expect(dupes, `diagram ids used twice on /${p}`).toEqual([]);
      // Sequence diagrams are among them (mermaid repeats actor0, root-0… in each).
      expect(await page.locator('svg[aria-roledescription="sequence"]').count()).toBeGreaterThan(0);
    }
  });

  test('print no label smaller than 7 pt: portrait, or a landscape page for the widest', async ({ page }) => {
    // The whole-handbook print view, twice, its 72 drawings read through the DevTools protocol.
    test.setTimeout(180_000);
    // A4's text block (print.css: 16 mm side margins) in CSS px, portrait and landscape.
    const portrait = Math.floor(((210 - 32) / 25.4) * 96);
    const landscape = Math.floor(((297 - 32) / 25.4) * 96);
    const minPx = (7 / 72) * 96 - 0.01; // 7 pt
    let checked = 0;
    for (const [width, selector, landscapePage] of [
      [portrait, 'figure.diagram:not(.diagram-print-wide)', false],
      [landscape, 'figure.diagram.diagram-print-wide', true],
    ] as const) {
      await page.setViewportSize({ width, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      await page.goto(path('print/handbook/'));
      await expect(page.locator('figure.diagram svg').first()).toHaveCSS('max-height', /.+px/);
      for (const { id, px } of await smallestLabelPx(page, selector)) {
        expect(px, `smallest label of ${id} at ${width} px`).toBeGreaterThanOrEqual(minPx);
        checked++;
      }
      if (landscapePage) {
        for (const f of await page.locator(selector).all()) await expect(f).toHaveCSS('page', 'wide');
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  test.describe('on a 360 px phone', () => {
    test.use({ viewport: { width: 360, height: 780 } });

    test('a diagram with labels under 9 px offers a full-size view, and only then', async ({ page }) => {
      for (const p of ['metrics/', 'experiments/', 'serving/', 'framework/', 'case-studies/news-feed/']) {
        await page.goto(path(p));
        for (const { id, px, button } of await smallestLabelPx(page)) {
          expect(button, `${id} on /${p}: labels ${px.toFixed(1)} px, full-size button ${button ? 'shown' : 'hidden'}`).toBe(px < 9);
        }
      }
    });

    test('the full-size view scrolls, closes with Escape and gives focus back', async ({ page }) => {
      await page.goto(path('serving/'));
      const button = page.getByRole('button', { name: 'Open full size' }).first();
      await button.scrollIntoViewIfNeeded();
      const figure = button.locator('xpath=ancestor::figure[1]');
      const id = await figure.locator('svg').getAttribute('id');
      await button.click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      // The diagram itself moved into the dialog (ids stay unique), at its natural width.
      const svg = dialog.locator(`svg#${id}`);
      await expect(svg).toBeVisible();
      await expect(figure.locator('svg')).toHaveCount(0);
      const natural = Number(await figure.getAttribute('data-diagram-width'));
      expect((await svg.boundingBox())!.width).toBeCloseTo(natural, 0);
      for (const { px } of await smallestLabelPx(page, '.diagram-dialog-body')) expect(px).toBeGreaterThanOrEqual(9);
      // Its body pans: it is focused, wider than the screen, and arrow keys scroll it.
      const body = dialog.locator('.diagram-dialog-body');
      await expect(body).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => body.evaluate((b) => b.scrollLeft)).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(figure.locator(`svg#${id}`)).toBeVisible();
      await expect(button).toBeFocused();
      // Reopens, and the Close button closes it too.
      await button.click();
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();
      await expect(figure.locator(`svg#${id}`)).toBeVisible();
    });
  });
});

test('formulas are MathML typeset by the browser, with no TeX source and kept out of search', async ({ page }) => {
  await page.goto(path('start-here/how-to-use/'));
  const display = page.locator('.math-display').first();
  await expect(display).toBeVisible();
  const math = display.locator('math[display="block"]');
  await expect(math).toContainText('QPS');
  // Drawn by the browser's MathML layout: the fraction is a real <mfrac>, taller than a line of text.
  const fraction = math.locator('mfrac').first();
  expect((await fraction.boundingBox())!.height).toBeGreaterThan(30);
  await expect(page.locator('annotation')).toHaveCount(0);
  expect(await page.locator('main').innerText()).not.toMatch(/\\frac|\\times/);
  await expect(display).toHaveAttribute('data-pagefind-ignore', '');
  for (const m of await page.locator('math').all()) await expect(m).toHaveAttribute('data-pagefind-ignore', '');
  // Subscripts sit beside their base, not a line below (Starlight's block spacing must not reach inside MathML).
  await page.goto(path('metrics/'));
  const sub = page.locator('.math-display msub').first();
  await sub.scrollIntoViewIfNeeded();
  const [base, script] = await sub.evaluate((el) => [...el.children].map((c) => c.getBoundingClientRect().bottom));
  expect(Math.abs(script! - base!)).toBeLessThan(12);
});

test('the math stylesheet loads on pages with formulas only', async ({ page }) => {
  const mathCss = () =>
    page.evaluate(() =>
      [...document.styleSheets].some((sheet) => {
        try {
          return [...sheet.cssRules].some((r) => r.cssText.includes('tml-display'));
        } catch {
          return false;
        }
      }),
    );
  await page.goto(path('start-here/how-to-use/'));
  expect(await mathCss()).toBe(true);
  await page.goto(path(''));
  expect(await mathCss()).toBe(false);
  await page.goto(path('case-studies/'));
  expect(await mathCss()).toBe(false);
});

test('search finds a page by a word on it', async ({ page }) => {
  await page.goto(path(''));
  const open = page.getByRole('button', { name: /^Search/ });
  await expect(open).toBeEnabled();
  await open.click();
  const input = page.getByRole('dialog').getByRole('textbox');
  await input.fill('peak-to-average');
  // The study guide says it once; the serving chapter and two case studies say it too, so
  // the guide is among the results rather than necessarily first.
  const result = page.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link').filter({ hasText: 'How to use this handbook' });
  await expect(result).toHaveCount(1, { timeout: 15_000 });
  await expect(result).toHaveAttribute('href', /start-here\/how-to-use\//);
  // Excerpts are prose: no formula fragments or TeX.
  const excerpts = await page.locator('.pagefind-ui__result-excerpt').allInnerTexts();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const e of excerpts) expect(e).not.toMatch(/\\[a-z]+|[{}]/);
});

test('the search UI loads on first use, not with the page', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(path('metrics/'));
  await page.waitForLoadState('networkidle');
  expect(requests.filter((r) => /pagefind/.test(r))).toEqual([]);
  await page.getByRole('button', { name: /^Search/ }).click();
  await expect(page.getByRole('dialog').getByRole('textbox')).toBeFocused();
  expect(requests.some((r) => /pagefind/.test(r))).toBe(true);
});

test('the landing page leads to the guide and the calculators, under any base path', async ({ page }) => {
  await page.goto(path(''));
  await page.getByRole('link', { name: 'How to use this handbook' }).first().click();
  await expect(page.locator('h1')).toHaveText('How to use this handbook');
  await page.goto(path(''));
  await page.getByRole('link', { name: 'Open the calculators' }).click();
  await expect(page.locator('h1')).toHaveText('Calculators');
});

/** The case-study pages on disk (the index page aside). */
function caseStudyFiles(): string[] {
  const dir = fileURLToPath(new URL('../src/content/docs/case-studies/', import.meta.url));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && f !== 'index.mdx')
    .map((f) => join(dir, f));
}

test('the case-study matrix lists every case study from its metadata', async ({ page }) => {
  await page.goto(path('case-studies/'));
  const rows = page.getByRole('table', { name: /Every case study at a glance/ }).locator('tbody tr');
  await expect(rows).toHaveCount(caseStudyFiles().length);
  await expect(rows.filter({ hasText: 'Ad click prediction' })).toContainText('ads');
  await rows.getByRole('link', { name: 'People you may know' }).click();
  await expect(page.locator('h1')).toHaveText('People you may know');
});

test('the serving chapter builds its pattern table from case-study metadata', async ({ page }) => {
  await page.goto(path('serving/'));
  const table = page.getByRole('table', { name: /Each serving pattern/ });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(12);
  // The hand-kept table once missed these: news feed and ads use ANN, video and PYMK explore.
  const ann = rows.filter({ has: page.getByRole('rowheader', { name: 'ANN index' }) });
  await expect(ann.getByRole('link', { name: 'Personalized news feed' })).toBeVisible();
  await expect(ann.getByRole('link', { name: 'Ad click prediction' })).toBeVisible();
  const exploration = rows.filter({ has: page.getByRole('rowheader', { name: 'Exploration and debiasing' }) });
  await expect(exploration.getByRole('link', { name: 'Video recommendations' })).toBeVisible();
  await expect(exploration.getByRole('link', { name: 'People you may know' })).toBeVisible();
  // As many links as case studies list dynamic batching in their frontmatter (read here as text).
  const batching = rows.filter({ has: page.getByRole('rowheader', { name: 'Dynamic or continuous batching' }) });
  const batchers = caseStudyFiles().filter((f) => /^\s*servingPatterns:.*\bdynamic-batching\b/m.test(readFileSync(f, 'utf8')));
  expect(batchers.length).toBeGreaterThan(0);
  await expect(batching.locator('td').last().getByRole('link')).toHaveCount(batchers.length);
  await expect(batching.getByRole('link', { name: 'Video recommendations' })).toBeVisible();
  // A pattern's name jumps to its section: in this chapter, or in the one that explains it.
  const caching = rows.filter({ has: page.getByRole('rowheader', { name: 'Caching and precomputation' }) });
  await caching.getByRole('link', { name: 'Caching and precomputation' }).click();
  await expect(page).toHaveURL(/\/serving\/#caching-and-precomputation$/);
  await expect(page.locator('#caching-and-precomputation')).toBeInViewport();
  await exploration.getByRole('link', { name: 'People you may know' }).click();
  await expect(page.locator('h1')).toHaveText('People you may know');
  await page.goBack();
  await ann.getByRole('link', { name: 'ANN index' }).click();
  await expect(page).toHaveURL(/\/retrieval\/#approximate-nearest-neighbor-search$/);
  await expect(page.locator('#approximate-nearest-neighbor-search')).toBeInViewport();
});

test('every "Case studies that use …" note lists each case study that declares its pattern', async ({ page }) => {
  // What the case studies declare, read from their frontmatter as text (not through the site's loader).
  const declared = caseStudyFiles().map((f) => {
    const src = readFileSync(f, 'utf8');
    return {
      title: /^title:\s*(.+)$/m.exec(src)![1]!.trim().replace(/^(["'])(.*)\1$/, '$2'),
      patterns: /^\s*servingPatterns:\s*\[([^\]]*)\]/m.exec(src)![1]!.split(',').map((p) => p.trim()),
    };
  });
  // The chapters whose source uses the note, and how many times.
  const docs = fileURLToPath(new URL('../src/content/docs/', import.meta.url));
  const chapters = readdirSync(docs)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), uses: readFileSync(join(docs, f), 'utf8').match(/<CaseStudiesUsing\b/g)?.length ?? 0 }))
    .filter((c) => c.uses > 0);
  expect(chapters.map((c) => c.slug)).toContain('serving');
  let checked = 0;
  for (const { slug, uses } of chapters) {
    await page.goto(path(`${slug}/`));
    const lists = page.locator('aside [data-case-studies-using]');
    await expect(lists).toHaveCount(uses);
    for (const list of await lists.all()) {
      const patterns = (await list.getAttribute('data-case-studies-using'))!.split(' ');
      const expected = declared.filter((d) => d.patterns.some((p) => patterns.includes(p))).map((d) => d.title);
      expect(expected.length, `someone declares ${patterns}`).toBeGreaterThan(0);
      const listed = await list.getByRole('link').allTextContents();
      expect(listed.sort(), `/${slug}/ note on ${patterns.join(', ')}`).toEqual(expected.sort());
      await expect(list).toContainText(`All ${expected.length} that use it`);
      checked++;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(9);
});

test.describe('at phone width (360 px)', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  for (const p of ['tools/', 'metrics/', 'experiments/', 'serving/', 'case-studies/', 'case-studies/news-feed/']) {
    test(`/${p} does not scroll sideways`, async ({ page }) => {
      await page.goto(path(p));
      // Hydrate every calculator: they must fit once interactive too.
      for (const calc of await page.locator('[data-calculator]').all()) {
        await calc.scrollIntoViewIfNeeded();
        await expect(calc.locator('.calc-root[data-ready]')).toHaveCount(1, { timeout: 15_000 });
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('long pages skip the layout of offscreen blocks, and anchors still land', () => {
  for (const viewport of [
    { width: 360, height: 780 },
    { width: 1280, height: 800 },
  ]) {
    test(`at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const headingTop = (id: string) => page.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().top, id);
      // Where the heading of a short jump sits: below the fixed header, the same for every anchor.
      await page.goto(path('metrics/#ranking-and-retrieval-metrics'));
      await expect.poll(() => headingTop('ranking-and-retrieval-metrics')).toBeLessThan(200);
      const expected = await headingTop('ranking-and-retrieval-metrics');
      expect(expected).toBeGreaterThan(0);
      // Blocks far below are really skipped (no layout), until scrolled to.
      const skipped = await page.locator('.content-body > * > p').last().evaluate((el) => getComputedStyle(el).contentVisibility);
      expect(skipped).toBe('auto');
      for (const target of ['metrics/#references', 'rollouts-and-monitoring/#position-bias']) {
        await page.goto(path(target));
        const id = target.split('#')[1]!;
        await expect.poll(() => headingTop(id)).toBeCloseTo(expected, -1);
        await page.waitForTimeout(300);
        expect(Math.abs((await headingTop(id)) - expected), `#${id} stays put`).toBeLessThan(4);
      }
      if (viewport.width >= 1280) {
        await page.goto(path('experiments/'));
        await page.locator('starlight-toc a[href="#long-term-holdouts"]').click();
        await expect.poll(() => headingTop('long-term-holdouts')).toBeCloseTo(expected, -1);
      }
    });
  }
});

// The first screen renders in full at once: a skipped block there was painted at its
// estimated height and then grew, pushing the headings below it down the screen.
test('nothing on the first screen moves as a long page loads on a phone', async ({ page }) => {
  // Lighthouse's mobile profile (a Moto G Power). On a wide screen, a slow network can still
  // paint Starlight's right sidebar across the page before the content arrives; that
  // shift comes from the theme's layout, not from skipped blocks.
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: { value: number; nodes: string[] }[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
        w.shifts.push({ value: e.value, nodes: e.sources.map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node))) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const p of ['metrics/', 'experiments/', 'serving/', 'case-studies/rag-support-assistant/', 'case-studies/payment-fraud/']) {
    await page.goto(path(p), { waitUntil: 'load' });
    // Two rendering updates after load: content-visibility's first check has run.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const shifts = await page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts);
    expect(shifts, `layout shifts on /${p}`).toEqual([]);
  }
});
