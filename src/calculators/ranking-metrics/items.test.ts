import { describe, expect, it } from 'vitest';
import { nextLabel, readItems, sortedIdeal, writeItems } from './items';

describe('ranked-list state', () => {
  it('round-trips labels with commas and percent signs through the address form', () => {
    const items = [
      { label: 'a,b', rel: '1' },
      { label: '100%', rel: '0' },
    ];
    const written = writeItems(items);
    expect(written).toEqual({ rels: '1,0', labels: 'a%2Cb,100%25' });
    expect(readItems(written.rels, written.labels)).toEqual(items);
    expect(readItems('', '')).toEqual([]);
    expect(readItems('2,3', 'x')).toEqual([
      { label: 'x', rel: '2' },
      { label: 'Item 2', rel: '3' },
    ]);
  });

  it('reads at most one item past the editor’s limit, so a huge list cannot freeze the page', () => {
    expect(readItems(Array.from({ length: 50_000 }, () => '1').join(','), '')).toHaveLength(101);
  });

  it('names new items and sorts into ideal order with ties kept', () => {
    expect(nextLabel([{ label: 'Doc A', rel: '0' }])).toBe('Doc B');
    const sorted = sortedIdeal([
      { label: 'a', rel: '0' },
      { label: 'b', rel: '3' },
      { label: 'c', rel: 'x' },
      { label: 'd', rel: '3' },
    ]);
    expect(sorted.map((i) => i.label)).toEqual(['b', 'd', 'a', 'c']);
  });
});
