import { describe, expect, it } from 'vitest';
import { latencyBudget, latencyFromShares } from './latency';

const FEED = [
  { name: 'Viewer features', ms: 15 },
  { name: 'Parallel fanout', ms: 50 },
  { name: 'Filters', ms: 10 },
  { name: 'Light rank', ms: 15 },
  { name: 'Hydrate', ms: 40 },
  { name: 'Heavy rank', ms: 70 },
  { name: 'Value, demotions, rerank', ms: 15 },
];

describe('latencyBudget', () => {
  it('reproduces the news-feed budget', () => {
    // 15 + 50 + 10 + 15 + 40 + 70 + 15 = 215 ms; 250 − 215 = 35 ms of slack.
    const r = latencyBudget({ budgetMs: 250, stages: FEED });
    expect(r.value).toMatchObject({ totalMs: 215, slackMs: 35, fits: true });
    expect(r.value.stages[5]).toEqual({ name: 'Heavy rank', ms: 70, share: 0.28 });
    expect(r.steps[0]?.expression).toBe('15 + 50 + 10 + 15 + 40 + 70 + 15');
  });

  it('reports how far over budget a split is', () => {
    // 100 + 80 = 180 ms against 150 ms: 30 ms over.
    const r = latencyBudget({ budgetMs: 150, stages: [{ name: 'a', ms: 100 }, { name: 'b', ms: 80 }] });
    expect(r.value).toMatchObject({ totalMs: 180, slackMs: -30, fits: false });
    expect(r.steps[1]).toMatchObject({ label: 'Over budget by', expression: '180 − 150', value: 30 });
  });

  it('is not fooled by decimal sums', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; it still fits in 0.3 ms.
    expect(latencyBudget({ budgetMs: 0.3, stages: [{ name: 'a', ms: 0.1 }, { name: 'b', ms: 0.2 }] }).value.fits).toBe(true);
  });

  it('rejects negative times, an empty list and a zero budget', () => {
    expect(() => latencyBudget({ budgetMs: 100, stages: [{ name: 'a', ms: 5 }, { name: 'Rank', ms: -5 }] })).toThrow(
      'Stage 2 time (Rank) must be a number of milliseconds, 0 or more (got -5).',
    );
    expect(() => latencyBudget({ budgetMs: 100, stages: [{ name: '', ms: Number.NaN }] })).toThrow('Stage 1 time (Stage 1) must be a number');
    expect(() => latencyBudget({ budgetMs: 100, stages: [] })).toThrow('The stage list is empty: add at least one stage to split the budget across.');
    expect(() => latencyBudget({ budgetMs: 0, stages: FEED })).toThrow('Latency budget must be greater than 0, because a request needs some time (got 0).');
    expect(() => latencyBudget({ budgetMs: 1e9, stages: FEED })).toThrow('Latency budget must be greater than 0 and at most 3,600,000 ms (got 1000000000).');
    expect(() => latencyBudget({ budgetMs: 100, stages: Array.from({ length: 31 }, () => ({ name: 'x', ms: 1 })) })).toThrow(/at most 30/);
  });
});

describe('latencyFromShares', () => {
  it('turns shares into milliseconds', () => {
    // 0.2 × 200 = 40 ms, 0.5 × 200 = 100 ms; sum 140, slack 60.
    const r = latencyFromShares({ budgetMs: 200, stages: [{ name: 'Retrieve', share: 0.2 }, { name: 'Rank', share: 0.5 }] });
    expect(r.value.stages.map((s) => s.ms)).toEqual([40, 100]);
    expect(r.value).toMatchObject({ totalMs: 140, slackMs: 60, fits: true });
  });

  it('rejects shares that exceed the budget', () => {
    expect(() => latencyFromShares({ budgetMs: 200, stages: [{ name: 'a', share: 0.7 }, { name: 'b', share: 0.5 }] })).toThrow(/add up to 1\.2/);
    expect(() => latencyFromShares({ budgetMs: 200, stages: [{ name: 'a', share: -0.1 }] })).toThrow(/between 0 and 1/);
  });
});
