/**
 * Puts a copy button beside every code block written in Markdown, the same
 * markup CodeBlock.astro gives generated snippets. The button stays hidden
 * until the site script shows it, so it never appears without JavaScript.
 */
import type { Root } from 'hast';
import { wrapElements } from './rehype-wrap';

export function rehypeCopyButtons() {
  return (tree: Root) =>
    wrapElements(tree, 'pre', (pre) => ({
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
        pre,
      ],
    }));
}
