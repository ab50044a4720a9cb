/**
 * Puts a copy button beside every code block written in Markdown, the same
 * markup CodeBlock.astro gives generated snippets. The button stays hidden
 * until the site script shows it, so it never appears without JavaScript.
 */
import type { Element, Root, RootContent } from 'hast';

function wrapBlocks(parent: { children: RootContent[] }): void {
  parent.children = parent.children.map((node) => {
    if (node.type !== 'element') return node;
    if (node.tagName === 'pre') {
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['code-block'] },
        children: [
          {
            type: 'element',
            tagName: 'button',
            properties: { type: 'button', className: ['copy-button'], dataCopy: '', hidden: true, ariaLabel: 'Copy code' },
            children: [{ type: 'text', value: 'Copy' }],
          },
          node,
        ],
      };
      return wrapper;
    }
    wrapBlocks(node);
    return node;
  });
}

export function rehypeCopyButtons() {
  return (tree: Root) => wrapBlocks(tree);
}
