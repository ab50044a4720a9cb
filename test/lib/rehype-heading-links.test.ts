import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingLinks } from '../../src/lib/rehype-heading-links';

const heading = (tagName: string, id?: string): Element => ({
  type: 'element',
  tagName,
  properties: id ? { id } : {},
  children: [{ type: 'text', value: 'Who to tell' }],
});

function run(tree: Root): Root {
  rehypeHeadingLinks()(tree);
  return tree;
}

describe('rehypeHeadingLinks', () => {
  it('adds one control, the "#" link, to h2 and h3 with an id', () => {
    const h3 = heading('h3', 'who-to-tell');
    run({ type: 'root', children: [h3] });
    const added = h3.children.slice(1) as Element[];
    expect(added).toHaveLength(1);
    expect(added[0]!.tagName).toBe('a');
    expect(added[0]!.properties).toMatchObject({ href: '#who-to-tell', ariaLabel: 'Link to section: Who to tell' });
  });

  it('reaches headings inside MDX components such as <Section>', () => {
    const h3 = heading('h3', 'inside');
    // An mdxJsxFlowElement, as MDX gives rehype for <Section id="…">.
    const section = { type: 'mdxJsxFlowElement', name: 'Section', attributes: [], children: [h3] };
    run({ type: 'root', children: [section as never] });
    expect(h3.children).toHaveLength(2);
  });

  it('leaves headings without an id and other levels alone', () => {
    const plain = heading('h2');
    const h4 = heading('h4', 'deep');
    run({ type: 'root', children: [plain, h4] });
    expect(plain.children).toHaveLength(1);
    expect(h4.children).toHaveLength(1);
  });
});
