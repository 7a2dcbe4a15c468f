/**
 * The practice room and the study plan in a real browser. Time is Playwright's fake clock
 * (page.clock), never a real wait: the session clock is computed from timestamps, so
 * jumping the fake clock forward is exactly what a reader waiting would see.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, path, test } from './fixtures';

/** Waits until the island inside `selector` has hydrated (Astro removes `ssr` from <astro-island>). */
async function hydrated(page: Page, selector: string) {
  const root = page.locator(selector);
  await root.scrollIntoViewIfNeeded();
  await expect(root.locator('astro-island')).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  // Preact runs effects (such as reading saved state) after the next paint.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  return root;
}

const START = new Date('2026-12-01T09:00:00Z');
const SESSION_KEY = 'msdh.practice.session.v1';

async function openRoom(page: Page, query = '') {
  await page.clock.install({ time: START });
  await page.goto(path(`practice/${query}`));
  return hydrated(page, '.practice-room');
}

/**
 * Stops the fake clock at START + `ms`, so every reading after it is exact. Hydration and
 * Preact's effects need timers, so the clock runs (fake, from START) until the island is up.
 */
async function freezeAt(page: Page, ms: number) {
  await page.clock.pauseAt(new Date(START.getTime() + ms));
}

/** Moves the frozen clock on by `ms`, firing the session's one-second tick on the way. */
async function advance(page: Page, ms: number) {
  await page.clock.fastForward(ms - 1000);
  await page.clock.runFor(1000);
}

const MIN = 60_000;

async function axe(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test.describe('practice room', () => {
  test('a timed session keeps its notes and clock through a reload and exports them as Markdown', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const room = await openRoom(page, '?prompt=news-feed');
    await expect(room.getByLabel('Prompt', { exact: true })).toHaveValue('news-feed');
    await room.getByRole('radio', { name: '60 minutes' }).check();
    await freezeAt(page, MIN);
    await room.getByRole('button', { name: 'Start the 60-minute session' }).click();

    const now = room.locator('.pr-now');
    await expect(now).toHaveText('Now: Introductions and the prompt');
    await expect(now).toHaveAttribute('aria-live', 'polite');

    // The 60-minute plan gives the opening 3 minutes, then clarify runs 0:03–0:10.
    await advance(page, 3 * MIN);
    await expect(now).toHaveText('Now: Step 1 of 7: Clarify the requirements');
    await expect(room.getByRole('heading', { name: 'Step 1 of 7: Clarify the requirements (7 min)' })).toBeVisible();
    await expect(room.getByText('The business goal is written down in one line.')).toBeVisible();
    await room.getByLabel('Notes for step 1').fill('400M DAU, 12 requests each: about 140k QPS at peak.');

    await advance(page, 7 * MIN);
    await expect(now).toHaveText('Now: Step 2 of 7: Frame it as an ML task');
    await room.getByLabel('Notes for step 2').fill('Objective: worth-it time. Label: survey plus dwell.');
    await advance(page, 1.5 * MIN);
    await expect(room.getByRole('timer')).toHaveText('2:30 left in this step · 11:30 of 60:00 used');

    // Reload with the clock running (the page needs timers to hydrate), then freeze it at
    // 0:12:00 of the session: the clock is rebuilt from the stored start time.
    await page.clock.resume();
    await page.reload();
    await hydrated(page, '.practice-room');
    await freezeAt(page, MIN + 12 * MIN - 1000);
    await page.clock.runFor(1000);
    await expect(now).toHaveText('Now: Step 2 of 7: Frame it as an ML task');
    await expect(room.getByLabel('Notes for step 2')).toHaveValue('Objective: worth-it time. Label: survey plus dwell.');
    await expect(room.getByRole('timer')).toHaveText('2:00 left in this step · 12:00 of 60:00 used');
    await room.getByRole('button', { name: /1\. Clarify the requirements/ }).click();
    await expect(room.getByLabel('Notes for step 1')).toHaveValue('400M DAU, 12 requests each: about 140k QPS at peak.');

    const download = page.waitForEvent('download');
    await room.getByRole('button', { name: 'Download Markdown' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('practice-news-feed-2026-12-01.md');
    const markdown = readFileSync((await file.path())!, 'utf8');
    expect(markdown).toContain('# Practice session: Ranking a social news feed');
    expect(markdown).toContain('### 1. Clarify the requirements (3:00–10:00)\n\n400M DAU, 12 requests each: about 140k QPS at peak.');
    expect(markdown).toContain('### 2. Frame it as an ML task (10:00–14:00)\n\nObjective: worth-it time. Label: survey plus dwell.');

    await room.getByRole('button', { name: 'Copy Markdown' }).click();
    await expect(room.getByRole('status')).toHaveText('Markdown copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
  });

  test('pausing stops the clock, and the end shows the rubric and the model answer’s sections', async ({ page }) => {
    const room = await openRoom(page, '?prompt=ad-click-prediction');
    await freezeAt(page, MIN);
    await room.getByRole('button', { name: 'Start the 45-minute session' }).click();
    await advance(page, MIN);
    await room.getByRole('button', { name: 'Pause' }).click();
    await advance(page, 10 * MIN);
    await expect(room.getByRole('timer')).toHaveText('1:00 left in this step · 1:00 of 45:00 used');
    await expect(room.locator('.pr-now')).toHaveText('Now: Introductions and the prompt (paused)');
    await room.getByRole('button', { name: 'Resume' }).click();
    await room.getByRole('button', { name: 'Skip to the next step' }).click();
    await expect(room.locator('.pr-now')).toHaveText('Now: Step 1 of 7: Clarify the requirements');

    await page.clock.resume();
    await room.getByRole('button', { name: 'End and assess' }).click();
    const heading = room.getByRole('heading', { name: 'Self-assessment: Click prediction for feed ads' });
    await expect(heading).toBeFocused();
    const group = room.getByRole('group', { name: 'Step 4 of 7: Model' });
    await group.getByRole('checkbox', { name: /States a baseline that could ship this week/ }).check();
    await expect(room.getByRole('link', { name: 'Serving' })).toHaveAttribute('href', /\/case-studies\/ad-click-prediction\/#serving-architecture$/);
    expect(await axe(page)).toEqual([]);

    await page.reload();
    await hydrated(page, '.practice-room');
    await expect(room.getByRole('group', { name: 'Step 4 of 7: Model' }).getByRole('checkbox', { name: /States a baseline/ })).toBeChecked();
    await room.getByRole('button', { name: 'Start a new session' }).click();
    await expect(room.getByRole('heading', { name: 'Set up a session' })).toBeFocused();
    expect(await page.evaluate((k) => localStorage.getItem(k), SESSION_KEY)).toBeNull();
  });

  test('can be run entirely from the keyboard, with visible focus and no trap', async ({ page }) => {
    const room = await openRoom(page);
    // Tab from the top of the page into the room.
    const inRoom = () => page.evaluate(() => !!document.activeElement?.closest('.practice-room'));
    for (let i = 0; i < 80 && !(await inRoom()); i++) await page.keyboard.press('Tab');
    expect(await inRoom()).toBe(true);
    await expect(room.getByRole('radio', { name: /^All/ })).toBeFocused();
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');

    // Arrow keys move between radios: pick the prompts without a case study.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(room.getByRole('radio', { name: 'Without a case study' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(room.getByLabel('Prompt', { exact: true })).toBeFocused();
    await expect(room.getByLabel('Prompt', { exact: true })).toHaveValue('delivery-eta');
    await page.keyboard.press('Tab');
    await expect(room.getByRole('button', { name: 'Draw at random' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(room.getByRole('status')).toHaveText(/^Drew: /);
    await expect(room.getByLabel('Prompt', { exact: true })).not.toHaveValue('delivery-eta');

    // Past the facts summary and the 45-minute radio to the start button.
    await page.keyboard.press('Tab');
    await expect(room.locator('summary')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(room.getByRole('radio', { name: '45 minutes' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(room.getByRole('button', { name: /^Start the 45-minute session/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(room.getByRole('heading', { name: /^Session: / })).toBeFocused();

    // Reach the notes, type, and leave them again with Tab (no trap).
    const notes = room.getByLabel('Notes for introductions and the prompt');
    for (let i = 0; i < 30 && !(await notes.evaluate((n) => n === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(notes).toBeFocused();
    await page.keyboard.type('Restated the prompt.');
    await page.keyboard.press('Tab');
    await expect(room.getByRole('button', { name: 'Download Markdown' })).toBeFocused();

    // Back to "End and assess" with Shift+Tab, then tick a rubric item with Space.
    const end = room.getByRole('button', { name: 'End and assess' });
    for (let i = 0; i < 30 && !(await end.evaluate((n) => n === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(room.getByRole('heading', { name: /^Self-assessment: / })).toBeFocused();
    await page.keyboard.press('Tab');
    const first = room.getByRole('checkbox').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
  });

  test('discards corrupted storage with a message instead of failing', async ({ page }) => {
    await page.addInitScript((k) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, '{"version":1,"promptId":"news-feed","length":45,"startedAt":"yesterday"');
        sessionStorage.setItem('seeded', '1');
      }
    }, SESSION_KEY);
    const room = await openRoom(page);
    await expect(room.getByRole('alert')).toHaveText(/could not be restored and was discarded: it was not valid JSON/);
    await expect(room.getByRole('heading', { name: 'Set up a session' })).toBeVisible();
    expect(await page.evaluate((k) => localStorage.getItem(k), SESSION_KEY)).toBeNull();
  });

  test('shows the prompt bank and the rubric without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path('practice/'));
    await expect(page.locator('.prompt-bank-list > li')).toHaveCount(42);
    await expect(page.locator('#prompt-spam-email')).toContainText('Spam filtering for an email service');
    await expect(page.locator('.rubric-table')).toHaveCount(7);
    await expect(page.getByRole('table', { name: 'Step 6: Serving' }).getByRole('columnheader')).toHaveText([
      'Weak',
      'Good (senior)',
      'Great (staff)',
    ]);
    await context.close();
  });

  test('has no axe violations while a session runs', async ({ page }) => {
    const room = await openRoom(page);
    await room.getByRole('button', { name: /^Start the/ }).click();
    await room.locator('details summary').click();
    expect(await axe(page)).toEqual([]);
  });
});

test.describe('framework chapter', () => {
  test('embeds the rubric for all seven steps', async ({ page }) => {
    await page.goto(path('framework/'));
    await expect(page.locator('h2#rubric-by-level')).toHaveCount(1);
    await expect(page.locator('.rubric-table')).toHaveCount(7);
    const caption = page.getByRole('table', { name: 'Step 3: Data and features' }).locator('caption a');
    await expect(caption).toHaveAttribute('href', /\/framework\/#step-3-data-and-features$/);
  });
});

test.describe('study plan', () => {
  test('ticks survive a reload and are counted per plan', async ({ page }) => {
    await page.goto(path('study-plan/'));
    const plan = page.locator('[data-study-plan="4-weeks"]');
    const boxes = plan.getByRole('checkbox');
    const total = await boxes.count();
    expect(total).toBeGreaterThan(15);
    await boxes.nth(0).check();
    await boxes.nth(3).check();
    await expect(plan.locator('[data-plan-count]')).toHaveText(`2 of ${total} done`);
    await page.reload();
    await expect(boxes.nth(0)).toBeChecked();
    await expect(boxes.nth(3)).toBeChecked();
    await expect(boxes.nth(1)).not.toBeChecked();
    await expect(plan.locator('[data-plan-count]')).toHaveText(`2 of ${total} done`);
    await expect(page.locator('[data-study-plan="2-weeks"] [data-plan-count]')).toContainText('0 of');
    expect(await axe(page)).toEqual([]);
  });

  test('links only to sections that exist', async ({ page }) => {
    await page.goto(path('study-plan/'));
    const hrefs = [...new Set(await page.locator('.study-plan a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))];
    expect(hrefs.length).toBeGreaterThan(30);
    const byPage = new Map<string, Set<string>>();
    for (const href of hrefs) {
      const url = new URL(href);
      const key = url.origin + url.pathname;
      if (!byPage.has(key)) byPage.set(key, new Set());
      if (url.hash) byPage.get(key)!.add(decodeURIComponent(url.hash.slice(1)));
    }
    for (const [url, ids] of byPage) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      for (const id of ids) expect(await page.locator(`[id="${id}"]`).count(), `${url}#${id}`).toBe(1);
    }
  });

  test('discards corrupted progress with a message', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('msdh.study-plan.progress.v1', '{"not":"a list"}'));
    await page.goto(path('study-plan/'));
    await expect(page.getByRole('alert')).toHaveText(/not a list of tasks/);
    await expect(page.locator('.study-plan input:checked')).toHaveCount(0);
  });
});
