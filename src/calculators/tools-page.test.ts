import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { CALCULATOR_NAMES } from './registry';
import remarkCalculatorSections, { sectionNodes } from './tools-page';

describe('the Tools page sections', () => {
  it('turn a calculator’s tools.md into its heading and prose, followed by its embed', () => {
    const nodes = sectionNodes('roc-pr', '## Curves\n\nSee [the metrics chapter](/metrics/).\n');
    expect(nodes.map((n) => n.type)).toEqual(['heading', 'paragraph', 'mdxJsxFlowElement']);
    expect(nodes[2]).toMatchObject({ name: 'Calculator', attributes: [{ name: 'name', value: 'roc-pr' }] });
  });

  it('replace the placeholder with every calculator, in registry order, and leave other pages alone', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [] },
        { type: 'mdxJsxFlowElement', name: 'CalculatorSections', attributes: [], children: [] },
      ],
    } as unknown as Root;
    remarkCalculatorSections()(tree);
    const embeds = tree.children.filter((n) => n.type === ('mdxJsxFlowElement' as string)) as unknown as { attributes: { value: string }[] }[];
    expect(embeds.map((e) => e.attributes[0]!.value)).toEqual(CALCULATOR_NAMES);
    expect(tree.children[0]!.type).toBe('paragraph');
    expect(tree.children[1]!.type).toBe('heading');

    const other = { type: 'root', children: [{ type: 'paragraph', children: [] }] } as unknown as Root;
    remarkCalculatorSections()(other);
    expect(other.children).toHaveLength(1);
  });
});
