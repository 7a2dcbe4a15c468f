/**
 * Every numeric field of every calculator, from the registry: a value just outside its
 * documented sensible range is refused next to the field, with a message that names the
 * range (or, for a field bounded by another input, that says so), and no result is shown
 * beside it. Then Reset brings the calculator back to its starting values.
 */
import { formatBound, type Range } from '../../src/lib/input';
import type { NumberField } from '../../src/calculators/kit/spec';
import { CALCULATOR_NAMES } from '../../src/calculators/registry';
import { CalculatorPage } from '../calculator';
import { expect, test } from '../fixtures';

/** Values just past each end of the range, as a reader would type them. */
function outside(range: Range): { side: 'above' | 'below'; text: string }[] {
  const step = (bound: number) => (range.integer ? 1 : Math.max(Math.abs(bound) * 0.1, 1e-3));
  const above = range.maxExclusive ? range.max : range.max + step(range.max);
  const below = range.minExclusive ? range.min : range.min - step(range.min);
  const text = (v: number) => (range.integer ? String(v) : String(Number(v.toPrecision(12))));
  return [
    { side: 'above', text: text(above) },
    { side: 'below', text: text(below) },
  ];
}

for (const name of CALCULATOR_NAMES) {
  test(`${name}: every numeric field refuses values outside its range, naming it`, async ({ page }) => {
    test.setTimeout(180_000);
    const calc = await CalculatorPage.open(page, name);
    const fields = calc.spec.fields.filter((f): f is NumberField => f.kind === 'number');
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      await calc.show(field.key);
      const input = calc.input(field.key);
      for (const { side, text } of outside(field.range)) {
        await input.fill(text);
        const error = await calc.errorOf(input);
        const message = (await error.textContent()) ?? '';
        expect(message, `${field.key} = ${text}: refused as out of range, not as unreadable`).not.toMatch(/must be a number|too large to represent/);
        if (!field.boundBy) {
          expect(message, `${field.key} = ${text}`).toContain('(got');
          if (side === 'above') expect(message, `${field.key} = ${text}: names the upper bound`).toContain(formatBound(field.range.max));
        }
        // The results wait for the fix: the note repeats the message, and no result sits beside it.
        await expect(calc.invalid.filter({ hasText: message }).first()).toBeVisible();
      }
      await calc.root.getByRole('button', { name: 'Reset' }).first().click();
      await calc.expectValid(calc.input(field.when ? Object.keys(field.when)[0]! : field.key));
    }
    await expect(calc.invalid).toHaveCount(0);
    await expect(calc.root.locator('.calc-results').first()).toBeVisible();
  });
}
