import { CalculatorPage } from '../calculator';
import { expect, test } from '../fixtures';

/** The formatted result of one arithmetic step (the last cell of its row). */
const step = (calc: CalculatorPage, id: string) => calc.step(id);
const noBadNumbers = (calc: CalculatorPage) => calc.expectNoBadNumbers();

test.describe('capacity estimator', () => {
  test('the default Feed ranking preset reproduces the news-feed sizing', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'capacity-estimator');
    await expect(calc.field('Preset (assumptions for practice, not real figures)')).toHaveValue('feed');
    // 400,000,000 × 12 = 4.8e9 a day; ÷ 86,400 = 55,555.56/s; × 2.5 = 138,888.89/s.
    await expect(step(calc, 'traffic-day')).toHaveText('4,800,000,000 a day');
    await expect(step(calc, 'traffic-average')).toHaveText('55,555.6 /s');
    await expect(step(calc, 'traffic-peak')).toHaveText('138,888.9 /s');
    // 250M × 1,000 B × 365 = 91.25 TB; 2B × 512 B = 1.024 TB; 5.85B × 1,500 B × 30 = 263.25 TB;
    // one copy 355.524 TB; × 3 = 1,066.572 TB = 1.067 PB.
    await expect(step(calc, 'storage-items')).toHaveText('91.25 TB');
    await expect(step(calc, 'storage-features')).toHaveText('1.024 TB');
    await expect(step(calc, 'storage-logs')).toHaveText('263.25 TB');
    await expect(step(calc, 'storage-raw')).toHaveText('355.524 TB');
    await expect(step(calc, 'storage-total')).toHaveText('1.067 PB');
    // 128 × 2 B = 256 B; 100M × 256 B = 25.6 GB of vectors; HNSW M = 32: 100M × 32 × 2 × 4 B = 25.6 GB; 51.2 GB.
    await expect(step(calc, 'embedding-per-vector')).toHaveText('256 B');
    await expect(step(calc, 'embedding-graph')).toHaveText('25.6 GB');
    await expect(step(calc, 'embedding-total')).toHaveText('51.2 GB');
    // 138,888.9 × 3 ANN queries = 416,666.7/s; ÷ 5,000 = 83.3 → 84 replicas (the page's 84).
    await expect(step(calc, 'replicas-load')).toHaveText('416,666.7 /s');
    await expect(step(calc, 'replicas-needed')).toHaveText('84');
    // 15 + 50 + 10 + 15 + 40 + 70 + 15 = 215 ms; 250 − 215 = 35 ms.
    await expect(step(calc, 'latency-sum')).toHaveText('215 ms');
    await expect(step(calc, 'latency-slack')).toHaveText('35 ms');
    await expect(calc.root.locator('[data-headline="latency"]')).toHaveText('Fits: 35 ms of slack in a 250 ms budget.');
    await noBadNumbers(calc);
  });

  test('each preset produces its exact numbers', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'capacity-estimator');
    const preset = calc.field('Preset (assumptions for practice, not real figures)');

    await preset.selectOption({ label: 'Visual search index' });
    // 20M × 5 = 1e8 a day; ÷ 86,400 = 1,157.41/s; × 3 = 3,472.22/s.
    await expect(step(calc, 'traffic-peak')).toHaveText('3,472.2 /s');
    // PQ m = 32: 2B × 32 B = 64 GB; codebooks 256 × 256 × 4 = 262,144 B; total 64,000,262,144 B.
    await expect(step(calc, 'embedding-vectors')).toHaveText('64 GB');
    await expect(step(calc, 'embedding-codebooks')).toHaveText('262.144 kB');
    await expect(step(calc, 'embedding-total')).toHaveText('64 GB');
    // 1.5B × 30 KB = 45 TB; 2B × 512 B = 1.024 TB; 1e8 × 1.5 KB × 90 = 13.5 TB; 59.524 TB × 3 = 178.572 TB.
    await expect(step(calc, 'storage-total')).toHaveText('178.572 TB');
    // 3,472.2 ÷ (500 × 0.6 = 300) = 11.57 → 12, + 1 spare = 13.
    await expect(step(calc, 'replicas-needed')).toHaveText('12');
    await expect(step(calc, 'replicas-total')).toHaveText('13');
    // 15 + 30 + 20 + 25 + 15 + 20 + 25 + 30 = 180 ms of 200.
    await expect(step(calc, 'latency-slack')).toHaveText('20 ms');

    await preset.selectOption({ label: 'Ad click prediction' });
    // 1B × 20 ÷ 86,400 × 3 = 694,444.4/s; × 200 candidates = 138,888,889/s;
    // ÷ (50,000 × 0.714 = 35,700) = 3,890.4 → 3,891 servers (the page: about 3,900).
    await expect(step(calc, 'traffic-peak')).toHaveText('694,444.4 /s');
    await expect(step(calc, 'replicas-needed')).toHaveText('3,891');
    // 20M × 64 × 2 B = 2.56 GB (the page: about 2.6 GB); no graph step.
    await expect(step(calc, 'embedding-total')).toHaveText('2.56 GB');
    await expect(calc.root.locator('tr[data-step^="embedding-"]')).toHaveCount(3);
    await expect(step(calc, 'embedding-graph')).toHaveCount(0);
    // 1.19B × 2 KB × 30 = 71.4 TB of training data (the page: about 71 TB).
    await expect(step(calc, 'storage-logs')).toHaveText('71.4 TB');
    // 20 + 10 + 10 + 35 + 5 + 15 = 95 ms of 100.
    await expect(step(calc, 'latency-slack')).toHaveText('5 ms');

    await preset.selectOption({ label: 'RAG support assistant' });
    // 1M × 10 ÷ 86,400 × 4 = 462.96/s; × 400 tokens = 185,185.2/s; ÷ (2,000 × 0.7) = 132.3 → 133, + 2 = 135.
    await expect(step(calc, 'traffic-peak')).toHaveText('463 /s');
    await expect(step(calc, 'replicas-total')).toHaveText('135');
    // 50M × 768 × 2 B = 76.8 GB; HNSW M = 16: 50M × 128 B = 6.4 GB; 83.2 GB.
    await expect(step(calc, 'embedding-total')).toHaveText('83.2 GB');
    // 150 + 20 + 60 + 120 + 10 + 500 + 40 = 900 ms of 1,000.
    await expect(step(calc, 'latency-sum')).toHaveText('900 ms');
    await noBadNumbers(calc);
  });

  test('editing a field updates the result and the URL, and the URL restores it', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'capacity-estimator');
    await calc.field('Daily active users').fill('800000000');
    // Twice the users: 800M × 12 ÷ 86,400 × 2.5 = 277,777.8/s; × 3 ÷ 5,000 = 166.7 → 167 replicas.
    await expect(step(calc, 'traffic-peak')).toHaveText('277,777.8 /s');
    await expect(step(calc, 'replicas-needed')).toHaveText('167');
    await expect(page).toHaveURL(/cap\.dau=800000000/);
    await expect(calc.field('Preset (assumptions for practice, not real figures)')).toHaveValue('custom');

    await calc.reload();
    await expect(calc.field('Daily active users')).toHaveValue('800000000');
    await expect(step(calc, 'traffic-peak')).toHaveText('277,777.8 /s');
  });

  test('latency stages can be added and removed by accessible buttons', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'capacity-estimator');
    // Without the 70 ms heavy ranker: 215 − 70 = 145 ms, 105 ms of slack.
    await calc.root.getByRole('button', { name: 'Remove stage 6 (Heavy ranker)' }).click();
    await expect(step(calc, 'latency-sum')).toHaveText('145 ms');
    await calc.root.getByRole('button', { name: 'Add stage' }).click();
    // The new row starts at 10 ms and takes focus for its name: 155 ms.
    await expect(calc.field('Stage 7 name')).toBeFocused();
    await calc.field('Stage 7 name').fill('Safety filter');
    await calc.field('Stage 7 time (ms)').fill('120');
    // 145 + 120 = 265 ms against 250: over by 15 ms.
    await expect(calc.root.locator('[data-headline="latency"]')).toHaveText('Does not fit: over budget by 15 ms.');
    await expect(page).toHaveURL(/cap\.stages=/);
  });

  test('bad input is explained next to its field, never as NaN', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'capacity-estimator');

    const dau = calc.field('Daily active users');
    await dau.fill('abc');
    await calc.expectError(dau, 'Daily active users must be a number (got “abc”).');
    await expect(calc.root.getByRole('status', { name: 'Replica estimate' })).toContainText('Traffic above has an invalid input');
    await noBadNumbers(calc);
    // Absurd magnitudes are refused by the documented range, and too large to represent is not "not a number".
    await dau.fill('1e30');
    await calc.expectError(dau, 'Daily active users must be a whole number from 0 to 10,000,000,000 (got 1e+30).');
    await dau.fill('1e400');
    await calc.expectError(dau, 'Daily active users is too large to represent (got “1e400”): it must be a whole number from 0 to 10,000,000,000.');
    await dau.fill('1_000');
    await calc.expectError(dau, 'Daily active users must be a plain number (got “1_000”): leave out the underscores, or group thousands with commas.');
    await dau.fill('400000000');

    const bytes = calc.field('Bytes per record');
    await bytes.fill('-5');
    await calc.expectError(bytes, 'Logs bytes each cannot be negative (got -5).');
    await bytes.fill('1500');

    const util = calc.field('Target utilization (0–1]');
    await util.fill('1.5');
    await calc.expectError(util, 'Target utilization must be greater than 0 and at most 1 (got 1.5)', { contains: true });
    await noBadNumbers(calc);
    await util.fill('0.6');

    await calc.field('Encoding').selectOption('pq');
    const m = calc.field('PQ sub-vectors (m)');
    await m.fill('48');
    // 128 = 2⁷, so the divisors either side of 48 are 32 and 64.
    await calc.expectError(m, 'PQ sub-vectors (m) must divide the dimension d = 128 evenly, and 48 does not (128 ÷ 48 = 2.667). Nearest that do: 32 and 64.');
    await expect(calc.root.getByRole('status', { name: 'Embedding index estimate' })).toContainText('Fix the highlighted input');
    await m.fill('32');
    // 100M × 32 B = 3.2 GB + codebooks 256 × 128 × 4 = 131,072 B.
    await expect(step(calc, 'embedding-vectors')).toHaveText('3.2 GB');
    await expect(step(calc, 'embedding-codebooks')).toHaveText('131.072 kB');

    const stageMs = calc.field('Stage 2 time (ms)');
    await stageMs.fill('-5');
    await calc.expectError(stageMs, 'Stage 2 time (Parallel candidate fan-out) must be a number of milliseconds, 0 or more (got -5).');
    await noBadNumbers(calc);
  });

  test('an empty stage list says what to do', async ({ page }) => {
    const calc = await CalculatorPage.open(page, 'capacity-estimator', { query: '?cap.stages=%5B%5D' });
    const stages = calc.root.getByRole('group', { name: 'Latency stages' });
    await expect(stages.locator('[data-error-for="stages"]')).toHaveText('The stage list is empty: add at least one stage to split the budget across.');
    await calc.root.getByRole('button', { name: 'Add stage' }).click();
    await expect(step(calc, 'latency-sum')).toHaveText('10 ms');
  });

  test('fits a 360 px phone screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const calc = await CalculatorPage.open(page, 'capacity-estimator');
    const box = await calc.root.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(calc.root.getByRole('button', { name: 'Add stage' })).toBeVisible();
  });
});
