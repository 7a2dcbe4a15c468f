import { expect, path, test } from './fixtures';

test.describe('build-time diagrams', () => {
  test('render as SVG and follow the theme toggle', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
    await page.goto(path('start-here/how-to-use/'));
    const figure = page.locator('figure.diagram').first();
    const light = figure.locator('.diagram-light svg');
    const dark = figure.locator('.diagram-dark svg');
    await expect(light).toBeVisible();
    await expect(dark).toBeHidden();
    // Labels are real SVG text, and the accessible title comes from accTitle.
    await expect(light.locator('text', { hasText: 'Case studies' }).first()).toBeAttached();
    await expect(light.locator('title')).toHaveText('How the parts of the handbook connect');
    // The SVG keeps its own CSS (MDX once emptied it, leaving black boxes): nodes are filled
    // with the theme's colours, never the SVG default black.
    expect((await light.locator('style').first().textContent())?.length ?? 0).toBeGreaterThan(100);
    const fills = await light.locator('.node rect, .node polygon').evaluateAll((nodes) => nodes.map((n) => getComputedStyle(n).fill));
    expect(fills.length).toBeGreaterThan(3);
    for (const fill of fills) expect(fill).not.toBe('rgb(0, 0, 0)');
    // Edges end in arrowheads: real `marker-end` attributes pointing at markers in the SVG.
    const markers = await light.locator('path.flowchart-link').evaluateAll((paths) =>
      paths.map((p) => {
        const ref = p.getAttribute('marker-end')?.match(/^url\(#(.+)\)$/)?.[1];
        return ref ? document.getElementById(ref)?.tagName : undefined;
      }),
    );
    expect(markers.length).toBeGreaterThan(3);
    for (const tag of markers) expect(tag).toBe('marker');

    await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(dark).toBeVisible();
    await expect(light).toBeHidden();

    // Printing uses the light variant whatever the theme.
    await page.emulateMedia({ media: 'print' });
    await expect(light).toBeVisible();
    await expect(dark).toBeHidden();
  });
});

test('formulas render as KaTeX, with MathML for screen readers kept out of search', async ({ page }) => {
  await page.goto(path('start-here/how-to-use/'));
  const display = page.locator('.katex-display').first();
  await expect(display).toBeVisible();
  await expect(display.locator('.katex-html')).toContainText('QPS');
  await expect(display.locator('math annotation[encoding="application/x-tex"]')).toContainText('\\frac{D \\times a}{86{,}400}');
  await expect(display.locator('.katex-mathml')).toHaveAttribute('data-pagefind-ignore', '');
});

test('search finds a page by a word on it', async ({ page }) => {
  await page.goto(path(''));
  const open = page.getByRole('button', { name: /^Search/ });
  await expect(open).toBeEnabled();
  await open.click();
  const input = page.getByRole('dialog').getByRole('textbox');
  await input.fill('peak-to-average');
  const result = page.locator('.pagefind-ui__result-link').first();
  await expect(result).toHaveText(/How to use this handbook/, { timeout: 15_000 });
  await expect(result).toHaveAttribute('href', /start-here\/how-to-use\//);
});

test('the landing page leads to the guide and the calculators, under any base path', async ({ page }) => {
  await page.goto(path(''));
  await page.getByRole('link', { name: 'How to use this handbook' }).first().click();
  await expect(page.locator('h1')).toHaveText('How to use this handbook');
  await page.goto(path(''));
  await page.getByRole('link', { name: 'Open the calculators' }).click();
  await expect(page.locator('h1')).toHaveText('Calculators');
});

test('the case-study matrix lists every case study from its metadata', async ({ page }) => {
  await page.goto(path('case-studies/'));
  const rows = page.getByRole('table', { name: /Every case study at a glance/ }).locator('tbody tr');
  await expect(rows).toHaveCount(5);
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
  // Only video recommendations serves a GPU ranker with dynamic batching.
  const batching = rows.filter({ has: page.getByRole('rowheader', { name: 'Dynamic or continuous batching' }) });
  await expect(batching.locator('td').last().getByRole('link')).toHaveCount(1);
  // A pattern's name jumps to its section of the chapter.
  await ann.getByRole('link', { name: 'ANN index' }).click();
  await expect(page).toHaveURL(/#approximate-nearest-neighbor-search$/);
  await expect(page.locator('#approximate-nearest-neighbor-search')).toBeInViewport();
  await exploration.getByRole('link', { name: 'People you may know' }).click();
  await expect(page.locator('h1')).toHaveText('People you may know');
});

test.describe('at phone width (360 px)', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  for (const p of ['tools/', 'metrics/', 'serving/', 'case-studies/', 'case-studies/news-feed/']) {
    test(`/${p} does not scroll sideways`, async ({ page }) => {
      await page.goto(path(p));
      // Hydrate every calculator: they must fit once interactive too.
      for (const calc of await page.locator('[data-calculator]').all()) await calc.scrollIntoViewIfNeeded();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
