/**
 * Wraps every table written in Markdown in a region that scrolls sideways, so
 * a wide comparison table never widens the page on a phone. The region takes
 * keyboard focus, so keyboard users can scroll it too.
 */
import type { Element, Root, RootContent } from 'hast';

function wrapTables(parent: { children: RootContent[] }): void {
  parent.children = parent.children.map((node) => {
    if (node.type !== 'element') return node;
    if (node.tagName === 'table') {
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: 'Table' },
        children: [node],
      };
      return wrapper;
    }
    wrapTables(node);
    return node;
  });
}

export function rehypeTableScroll() {
  return (tree: Root) => wrapTables(tree);
}
