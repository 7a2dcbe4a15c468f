import { describe, expect, it } from 'vitest';
import { defaultsOf } from './spec';
import { readUrlState, tooLongForUrl, urlFor } from './url-state';
import { abTestPlanner } from '../ab-test-planner/spec';
import { rankingMetrics } from '../ranking-metrics/spec';

const defaults = defaultsOf(abTestPlanner);

describe('readUrlState', () => {
  it('reads this calculator’s parameters by their names in the address', () => {
    const { values, notices } = readUrlState(abTestPlanner, '?ab.mde=0.04&ab.sides=1&cap.dau=5&ab.unknown=1');
    expect(values).toEqual({ minDetectableEffect: '0.04', sides: '1' });
    expect(notices).toEqual([]);
  });

  it('refuses an oversized value with a description of it, never the value', () => {
    const { values, notices } = readUrlState(abTestPlanner, `?ab.daily=${'9'.repeat(100_000)}`);
    expect(values).toEqual({});
    expect(notices).toEqual([{ key: 'dailyUsers', problem: '100,000 characters, more than the 40 it reads' }]);
    expect(JSON.stringify(notices).length).toBeLessThan(200);
  });

  it('refuses a choice it does not offer, and bounds list state by its own length', () => {
    expect(readUrlState(abTestPlanner, '?ab.sides=3').notices[0]).toEqual({ key: 'sides', problem: 'a value that is not one of its choices' });
    const grades = Array.from({ length: 50_000 }, () => '1').join(',');
    expect(readUrlState(rankingMetrics, `?rk.rels=${grades}`).notices[0]?.key).toBe('rels');
    expect(readUrlState(rankingMetrics, '?rk.rels=1,2,3').values).toEqual({ rels: '1,2,3' });
  });
});

describe('urlFor', () => {
  it('writes only values that differ from the starting ones, and keeps the rest of the address', () => {
    const url = urlFor(abTestPlanner, 'https://h.example/tools/?cap.dau=5#x', { ...defaults, minDetectableEffect: '0.04' }, defaults);
    expect(url.search).toBe('?cap.dau=5&ab.mde=0.04');
    expect(url.hash).toBe('#x');
    expect(urlFor(abTestPlanner, 'https://h.example/tools/?ab.mde=0.04', defaults, defaults).search).toBe('');
  });

  it('leaves out a value too long for a link, and says which', () => {
    const values = { ...defaults, dailyUsers: '1'.repeat(41) };
    expect(urlFor(abTestPlanner, 'https://h.example/', values, defaults).search).toBe('');
    expect(tooLongForUrl(abTestPlanner, values)).toEqual(['dailyUsers']);
  });
});
