import { describe, expect, it } from 'vitest';
import { drawOne, seededRandom } from './draw';

describe('seededRandom', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(seededRandom(43)()).not.toBe(first[0]);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it('spreads draws roughly evenly over 10 buckets', () => {
    const counts = new Array<number>(10).fill(0);
    for (let seed = 0; seed < 10_000; seed++) counts[Math.floor(seededRandom(seed)() * 10)]! += 1;
    // Expected 1,000 per bucket; a fair generator stays well within ±15%.
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(150);
  });
});

describe('drawOne', () => {
  const items = ['a', 'b', 'c', 'd'];
  it('is reproducible for a seed', () => {
    expect(drawOne(items, 7)).toBe(drawOne(items, 7));
  });
  it('avoids the excluded item while others remain', () => {
    for (let seed = 0; seed < 200; seed++) expect(drawOne(items, seed, 'c')).not.toBe('c');
    expect(drawOne(['only'], 3, 'only')).toBe('only');
  });
  it('returns undefined for an empty list', () => {
    expect(drawOne([], 1)).toBeUndefined();
  });
});
