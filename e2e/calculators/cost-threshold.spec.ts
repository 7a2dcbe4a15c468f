import { CalculatorPage } from '../calculator';
import { expect, test } from '../fixtures';

// Five pasted cases (labels 1,0,1,0,0; scores 0.9,0.8,0.7,0.3,0.3) with a miss costing 10 and a false
// alarm 1: flagging nothing costs 2 misses = 20; at 0.9: 10; at 0.8: 11; at 0.7: 1 (one false alarm);
// at 0.3: 3 (three false alarms). The Bayes threshold is 1 / (1 + 10) = 0.0909, which flags all five.

test.describe('Cost-sensitive threshold', () => {
  test('finds the cheapest threshold of pasted cases by hand-worked costs', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'cost-threshold');
    await calc.input('mode').selectOption('paste');
    await expect(calc.root.locator('[data-result=\"best\"]')).toContainText('score ≥ 0.7');
    await expect(calc.root.locator('[data-result=\"best\"]')).toContainText('flags 60%');
    await expect(calc.root.locator('[data-result=\"best-cost\"] td').first()).toHaveText('1');
    await expect(calc.root.locator('[data-result=\"best-matrix\"]')).toContainText('TP 2 · FP 1 · FN 0 · TN 2');
    await expect(calc.root.locator('[data-result=\"nothing\"] td').first()).toHaveText('20');
    await expect(calc.root.locator('[data-result=\"all\"] td').first()).toHaveText('3');
    await expect(calc.root.locator('[data-result=\"bayes\"]')).toContainText('p ≥ 0.0909');
    await expect(calc.root.locator('[data-result=\"bayes-cost\"] td').first()).toHaveText('3');
    // Equal costs: 2, 1, 2, 1, 3 — a tie between 0.9 and 0.7, broken towards the higher threshold.
    await calc.field('Cost of a miss (FN)').fill('1');
    await expect(calc.root.locator('[data-result=\"best\"]')).toContainText('score ≥ 0.9');
    await expect(calc.root.locator('[data-result=\"bayes\"]')).toContainText('p ≥ 0.5');
  });

  test('says when flagging never pays, and refuses costs outside their range', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'cost-threshold');
    await calc.input('mode').selectOption('paste');
    await calc.field('Cost of a catch (TP)').fill('20');
    await expect(calc.root.locator('[data-result="bayes"]')).toContainText('Flagging never pays');
    await calc.field('Cost of a false alarm (FP)').fill('-1');
    const error = await calc.errorOf(calc.field('Cost of a false alarm (FP)'));
    await expect(error).toContainText('from 0 to 1,000,000,000');
    await expect(calc.root.locator('.calc-invalid')).toBeVisible();
    await expect(calc.root.locator('[data-result="best"]')).toHaveCount(0);
  });

  test('opens on the RAG case study’s refusal costs where that page embeds it', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'cost-threshold', { at: 'case-studies/rag-support-assistant/' });
    // The page's worked numbers: answer at ≥ 0.71 for a cost of 13 escalations; Bayes threshold (3 − 1) / ((3 − 1) + 1) = 2/3.
    await expect(calc.root.locator('[data-result=\"best\"]')).toContainText('score ≥ 0.71');
    await expect(calc.root.locator('[data-result=\"best-cost\"] td').first()).toHaveText('13');
    await expect(calc.root.locator('[data-result=\"nothing\"] td').first()).toHaveText('20');
    await expect(calc.root.locator('[data-result=\"all\"] td').first()).toHaveText('18');
    await expect(calc.root.locator('[data-result=\"bayes\"]')).toContainText('p ≥ 0.6667');
  });
});
