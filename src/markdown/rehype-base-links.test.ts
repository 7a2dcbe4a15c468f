import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeBaseLinks from './rehype-base-links';

const link = (href: string): Element => ({ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: 'x' }] });
const hrefs = (base: string, ...links: string[]) => {
  const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: links.map(link) }] };
  rehypeBaseLinks({ base })(tree);
  return ((tree.children[0] as Element).children as Element[]).map((a) => a.properties.href);
};

describe('rehypeBaseLinks', () => {
  it('prefixes site-root links with the base', () => {
    expect(hrefs('/handbook', '/metrics/', '/case-studies/news-feed/#ranking')).toEqual(['/handbook/metrics/', '/handbook/case-studies/news-feed/#ranking']);
    expect(hrefs('/handbook/', '/tools/')).toEqual(['/handbook/tools/']);
  });

  it('leaves other links alone: external, protocol-relative, fragment, relative, already prefixed', () => {
    const others = ['https://arxiv.org/abs/1706.02216', '//cdn.example/x', '#top', '../serving/', '/handbook/metrics/'];
    expect(hrefs('/handbook', ...others)).toEqual(others);
  });

  it('changes nothing at the root base', () => {
    expect(hrefs('/', '/metrics/')).toEqual(['/metrics/']);
  });
});
