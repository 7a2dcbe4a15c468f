import { describe, expect, it } from 'vitest';
import { runOnFragment } from './rehype.testing.ts';
import rehypeFocusableTables from './rehype-focusable-tables.ts';

const run = (html: string) => runOnFragment(rehypeFocusableTables, html);

describe('rehypeFocusableTables', () => {
  it('puts every table in the tab order', () => {
    expect(run('<table><tr><td>a</td></tr></table><p>x</p><table><tr><td>b</td></tr></table>')).toBe(
      '<table tabindex="0"><tbody><tr><td>a</td></tr></tbody></table><p>x</p><table tabindex="0"><tbody><tr><td>b</td></tr></tbody></table>',
    );
  });

  it('keeps a tabindex the author gave, and touches nothing else', () => {
    expect(run('<table tabindex="-1"><tr><td>a</td></tr></table>')).toContain('<table tabindex="-1">');
    expect(run('<div><p>no table</p></div>')).toBe('<div><p>no table</p></div>');
  });
});
