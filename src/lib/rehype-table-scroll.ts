/**
 * Wraps every table written in Markdown in a region that scrolls sideways, so
 * a wide comparison table never widens the page on a phone. The region takes
 * keyboard focus, so keyboard users can scroll it too.
 */
import type { Root } from 'hast';
import { wrapElements } from './rehype-wrap';

export function rehypeTableScroll() {
  return (tree: Root) =>
    wrapElements(tree, 'table', (table) => ({
      type: 'element',
      tagName: 'div',
      properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: 'Table' },
      children: [table],
    }));
}
