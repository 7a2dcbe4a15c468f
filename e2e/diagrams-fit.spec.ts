/**
 * Every build-time diagram fits the content column at desktop width with readable labels
 * (issue 10): no figure scrolls sideways at 1280 px, and no SVG label renders below 11 px.
 * A diagram laid out too wide fails here either way: kept at its readable minimum width it
 * overflows its figure; scaled down to fit, its labels shrink below 11 px.
 *
 * Pages come from the built HTML (every page with a `data-diagram` figure), so a new page
 * with a diagram is checked without editing this file. SVGs are found as the visible,
 * outermost <svg> of each figure, whether the plugin emits one SVG or a variant per theme;
 * their labels are read from the `<use>` shadow tree that draws the diagram's file.
 */
import { readFileSync } from 'node:fs';
import { builtPages } from './pages';
import { drawings } from './diagram-drawing';
import { expect, path, test } from './fixtures';

const MIN_LABEL_PX = 11;

function pagesWithDiagrams(): string[] {
  const dist = new URL('../dist/', import.meta.url);
  return builtPages().filter((p) => {
    const file = new URL(`${p.replace(/\/?$/, '/')}index.html`.replace(/^\//, ''), dist);
    try {
      return readFileSync(file, 'utf8').includes('data-diagram');
    } catch {
      return false;
    }
  });
}

const pages = pagesWithDiagrams();

test('the built site has diagram pages to check', () => {
  // The framework, metrics and serving chapters and every case study carry diagrams.
  expect(pages.length).toBeGreaterThanOrEqual(8);
});

interface FigureReport {
  index: number;
  label: string;
  visibleSvgs: number;
  svgWidth: number;
  figureWidth: number;
  scrollWidth: number;
  labels: number;
  smallest: { text: string; px: number } | null;
}

test.describe('diagrams at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const p of pages) {
    for (const theme of ['light', 'dark'] as const) {
      test(`/${p} (${theme}): every diagram fits its figure with labels >= ${MIN_LABEL_PX} px`, async ({ page }) => {
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        await page.goto(path(p));
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const figures = page.locator('figure[data-diagram]');
        expect(await figures.count()).toBeGreaterThan(0);

        const reports: FigureReport[] = await figures.evaluateAll((nodes) =>
          nodes.map((node, index) => {
            const figure = node as HTMLElement;
            // Outermost SVGs only (an SVG may nest another), and only the one being shown.
            const svgs = [...figure.querySelectorAll('svg')].filter(
              (s) => !s.parentElement?.closest('svg') && s.checkVisibility() && s.getBoundingClientRect().width > 0,
            );
            const svg = svgs[0];
            return {
              index,
              label: svg?.getAttribute('aria-roledescription') + ': ' + (svg?.querySelector('title')?.textContent ?? '(no title)'),
              visibleSvgs: svgs.length,
              svgWidth: svg?.getBoundingClientRect().width ?? 0,
              figureWidth: figure.clientWidth,
              scrollWidth: figure.scrollWidth,
              labels: 0,
              smallest: null,
            };
          }),
        );
        // The labels are drawn from the diagram's file, in the <use> shadow tree: read as
        // drawn (font size × the SVG's scale on screen), cross-checked against the glyphs'
        // box: a line of text is at least about as tall as its font size.
        const drawn = (await drawings(page)).filter((d) => d.shown);
        expect(drawn.length, 'one drawing per figure').toBe(reports.length);
        for (const [i, d] of drawn.entries()) {
          const report = reports[i]!;
          for (const t of d.texts) {
            if (t.height < t.px * 0.8) throw new Error(`text "${t.text}" is ${t.height} px tall for a ${t.px} px font`);
            report.labels++;
            if (!report.smallest || t.px < report.smallest.px) report.smallest = { text: t.text, px: t.px };
          }
        }

        for (const r of reports) {
          const name = `diagram ${r.index + 1} (${r.label})`;
          expect(r.visibleSvgs, `${name}: exactly one visible SVG`).toBe(1);
          expect(r.figureWidth, `${name}: figure has a width`).toBeGreaterThan(300);
          expect(r.svgWidth, `${name}: SVG width within its figure`).toBeLessThanOrEqual(r.figureWidth + 0.5);
          expect(r.scrollWidth, `${name}: figure does not scroll sideways`).toBeLessThanOrEqual(r.figureWidth + 1);
          expect(r.labels, `${name}: has text labels`).toBeGreaterThan(0);
          expect(r.smallest!.px, `${name}: smallest label "${r.smallest!.text}"`).toBeGreaterThanOrEqual(MIN_LABEL_PX);
        }
      });
    }
  }
});
