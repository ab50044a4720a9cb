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
  it('adds the "#" link and a hidden copy-link button to h2 and h3 with an id', () => {
    const h3 = heading('h3', 'who-to-tell');
    run({ type: 'root', children: [h3] });
    const [anchor, button] = h3.children.slice(1) as Element[];
    expect(anchor!.properties).toMatchObject({ href: '#who-to-tell', ariaLabel: 'Link to section: Who to tell' });
    expect(button!.tagName).toBe('button');
    expect(button!.properties).toMatchObject({
      type: 'button',
      dataCopyLink: 'who-to-tell',
      hidden: true,
      ariaLabel: 'Copy link to section: Who to tell',
    });
  });

  it('reaches headings inside MDX components such as <Section>', () => {
    const h3 = heading('h3', 'inside');
    // An mdxJsxFlowElement, as MDX gives rehype for <Section id="…">.
    const section = { type: 'mdxJsxFlowElement', name: 'Section', attributes: [], children: [h3] };
    run({ type: 'root', children: [section as never] });
    expect(h3.children).toHaveLength(3);
  });

  it('leaves headings without an id and other levels alone', () => {
    const plain = heading('h2');
    const h4 = heading('h4', 'deep');
    run({ type: 'root', children: [plain, h4] });
    expect(plain.children).toHaveLength(1);
    expect(h4.children).toHaveLength(1);
  });
});
