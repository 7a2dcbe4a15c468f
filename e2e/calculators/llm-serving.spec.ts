import { CalculatorPage } from '../calculator';
import { expect, test } from '../fixtures';

// Default: 8B parameters × 2 B = 16 GB; KV 2·32·8·128·2 = 131,072 B per token, × 2,000 = 262.144 MB per sequence;
// ⌊(72 − 16) GB ÷ 262.144 MB⌋ = 213 sequences; decode 32 · 2e12 / (16e9 + 32 · 262.144e6) = 6.4e13 / 2.4388608e10
// = 2,624.18 tokens/s; ⌈100,000 / 2,624.18⌉ = 39 GPUs; USD 4 / (2,624.18 · 3,600) · 10⁶ = USD 0.4234 per million.

test.describe('LLM serving', () => {
  test('works from the default shape to fleet and price', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'llm-serving');
    await expect(calc.root.locator('[data-result=\"weights\"] td').first()).toHaveText('16 GB');
    await expect(calc.root.locator('[data-result=\"kv-token\"] td').first()).toHaveText('131,072 B');
    await expect(calc.root.locator('[data-result=\"kv-sequence\"] td').first()).toHaveText('262.144 MB');
    await expect(calc.root.locator('[data-result=\"sequences\"] td').first()).toHaveText('213');
    await expect(calc.root.locator('[data-result=\"decode\"] td').first()).toHaveText('2,624 tokens/s');
    await expect(calc.root.locator('[data-result=\"gpus\"] td').first()).toHaveText('39');
    await expect(calc.root.locator('[data-result=\"cost\"] td').first()).toHaveText('USD 0.4234');
    // An fp8 KV cache halves the cache per token.
    await calc.field('Bytes per cached value').fill('1');
    await expect(calc.root.locator('[data-result=\"kv-token\"] td').first()).toHaveText('65,536 B');
  });

  test('refuses a batch that does not fit and weights larger than the GPU', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'llm-serving');
    await calc.field('Batch size (sequences decoded together)').fill('214');
    await expect(await calc.errorOf(calc.field('Batch size (sequences decoded together)'))).toContainText('at most 213 sequences');
    await expect(calc.root.locator('[data-result="gpus"]')).toHaveCount(0);
    await calc.field('Batch size (sequences decoded together)').fill('32');
    await calc.field('Parameters (billions)').fill('70');
    await expect(await calc.errorOf(calc.field('Parameters (billions)'))).toContainText('do not fit');
  });

  test('opens on the conversational assistant’s preset where that page embeds it', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'llm-serving', { at: 'case-studies/conversational-assistant/' });
    // The page's numbers: 320 KiB per token, 42 sequences, about 1,595 tokens/s, 457 GPUs for 729,000 tokens/s.
    await expect(calc.root.locator('[data-result=\"kv-token\"] td').first()).toHaveText('327,680 B');
    await expect(calc.root.locator('[data-result=\"sequences\"] td').first()).toHaveText('42');
    await expect(calc.root.locator('[data-result=\"decode\"] td').first()).toHaveText('1,595 tokens/s');
    await expect(calc.root.locator('[data-result=\"gpus\"] td').first()).toHaveText('457');
  });
});
