/**
 * A calculator on a built page, as the specs drive it: found by its registry name, ready
 * once hydrated and merged with the address (`data-ready`), with its fields found by label
 * and each field's error found through the field's own aria-describedby, so a test checks
 * the message *and* that it is tied to the right input.
 *
 * Every locator here must match something: helpers that assert absence take a positive
 * anchor first, so a renamed class or attribute fails a test instead of passing it.
 */
import type { Locator, Page } from '@playwright/test';
import { CALCULATORS, type CalculatorName } from '../src/calculators/registry';
import { expect, path } from './fixtures';

export class CalculatorPage {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    readonly name: CalculatorName,
    copy = 0,
  ) {
    this.root = page.locator(`[data-calculator="${name}"]`).nth(copy);
  }

  get spec() {
    return CALCULATORS[this.name];
  }

  /** Opens `at` (the Tools page unless told) with an optional query, and waits for the calculator to be ready. */
  static async open(page: Page, name: CalculatorName, { at = 'tools/', query = '' }: { at?: string; query?: string } = {}) {
    await page.goto(path(`${at}${query}`));
    const calc = new CalculatorPage(page, name);
    await calc.ready();
    return calc;
  }

  /** Hydrated, with the address and anything typed before hydration merged in. */
  async ready() {
    // Long pages skip the layout of offscreen blocks (content-visibility: auto), so the
    // blocks above settle to their real heights as they come into view and can push the
    // calculator back out of it: scroll again until it has hydrated, as a reader would.
    const ready = this.root.locator('.calc-root[data-ready]');
    await expect(async () => {
      await this.root.scrollIntoViewIfNeeded();
      await expect(ready).toHaveCount(1, { timeout: 1_500 });
    }).toPass({ timeout: 20_000 });
  }

  /** Reloads from the current address (what a shared link does) and waits again. */
  async reload() {
    await this.page.goto(this.page.url());
    await this.ready();
  }

  /** The address parameter of a field, e.g. `cap.dau` for `dailyActiveUsers`. */
  param(key: string): string {
    const field = this.spec.fields.find((f) => f.key === key);
    if (!field) throw new Error(`${this.name} has no field ${key}`);
    return `${this.spec.prefix}.${field.param ?? key}`;
  }

  /** A field's input by its stable key (labels can repeat, e.g. the capacity estimator's three "Days kept"). */
  input(key: string): Locator {
    return this.root.locator(`[data-key="${key}"]`);
  }

  /** Sets the choice fields a field is shown for (its `when`), so the field is on screen. */
  async show(key: string) {
    const field = this.spec.fields.find((f) => f.key === key);
    for (const [choice, values] of Object.entries(field?.when ?? {})) await this.input(choice).selectOption(values[0]!);
    await expect(this.input(key)).toBeVisible();
  }

  field(label: string | RegExp): Locator {
    return this.root.getByLabel(label, { exact: typeof label === 'string' });
  }

  /** The error tied to this field (it must be marked invalid and describe itself by the error). */
  async errorOf(field: Locator): Promise<Locator> {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/);
    const id = ids.find((i) => i.endsWith('-error'));
    expect(id, 'the field is described by its error').toBeTruthy();
    const error = this.root.locator(`[id="${id}"]`);
    await expect(error).toBeVisible();
    return error;
  }

  /** Fills a field and checks the error now tied to it. */
  async expectError(field: Locator, message: string | RegExp, { contains = false } = {}) {
    const error = await this.errorOf(field);
    if (contains) await expect(error).toContainText(message);
    else await expect(error).toHaveText(message);
  }

  /** The field is valid again: present, and not marked invalid. */
  async expectValid(field: Locator) {
    await expect(field).toBeVisible();
    await expect(field).not.toHaveAttribute('aria-invalid', /.*/);
  }

  /** The value cell of a `data-result` row. */
  result(key: string): Locator {
    return this.root.locator(`[data-result="${key}"] td`);
  }

  /** The first value cell of a `data-metric` row. */
  metric(key: string): Locator {
    return this.root.locator(`tr[data-metric="${key}"] td`).first();
  }

  /** The result cell of one arithmetic step (capacity estimator). */
  step(id: string): Locator {
    return this.root.locator(`tr[data-step="${id}"] td.calc-num`);
  }

  /** The "fix the highlighted input" note that replaces results. */
  get invalid(): Locator {
    return this.root.locator('.calc-invalid');
  }

  /** Neither NaN nor Infinity (nor, unless allowed, "undefined") anywhere in the calculator, which must be on screen. */
  async expectNoBadNumbers({ allowUndefined = false } = {}) {
    await expect(this.root).toBeVisible();
    await expect(this.root).toContainText(this.spec.title);
    await expect(this.root).not.toContainText('NaN');
    await expect(this.root).not.toContainText('Infinity');
    if (!allowUndefined) await expect(this.root).not.toContainText('undefined');
  }
}
