import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeTableScroll } from '../../src/lib/rehype-table-scroll';

const table = (): Element => ({ type: 'element', tagName: 'table', properties: {}, children: [] });

describe('rehypeTableScroll', () => {
  it('wraps each table, also nested ones, in a focusable, labelled scroll region', () => {
    const nested = table();
    const tree: Root = {
      type: 'root',
      children: [table(), { type: 'element', tagName: 'section', properties: {}, children: [nested] }],
    };
    rehypeTableScroll()(tree);
    const top = tree.children[0] as Element;
    expect(top.tagName).toBe('div');
    expect(top.properties).toMatchObject({ className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: 'Table' });
    expect((top.children[0] as Element).tagName).toBe('table');
    const section = tree.children[1] as Element;
    expect((section.children[0] as Element).children[0]).toBe(nested);
  });

  it('also wraps tables inside MDX components such as <Section>', () => {
    const inComponent = table();
    const component = { type: 'mdxJsxFlowElement', name: 'Section', attributes: [], children: [inComponent] };
    const tree = { type: 'root', children: [component] } as unknown as Root;
    rehypeTableScroll()(tree);
    expect((component.children[0] as unknown as Element).properties).toMatchObject({ className: ['table-scroll'] });
  });
});
