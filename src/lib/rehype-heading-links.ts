/**
 * Gives every h2 and h3 that has an id a visible link to itself, so a reader
 * can copy a permalink to any section. No client JavaScript involved for the
 * link; the copy-link button beside it (same markup as CopyLinkButton.astro)
 * stays hidden until the site script shows it.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function copyLinkButton(id: string, title: string): Element {
  const icon =
    'M8 3h10a3 3 0 0 1 3 3v10h-2V6a1 1 0 0 0-1-1H8zM5 7h9a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2m0 2v11h9V9z';
  return {
    type: 'element',
    tagName: 'button',
    properties: { type: 'button', className: ['copy-link'], dataCopyLink: id, dataPagefindIgnore: true, hidden: true, ariaLabel: `Copy link to section: ${title}` },
    children: [
      {
        type: 'element',
        tagName: 'svg',
        properties: { ariaHidden: 'true', focusable: 'false', viewBox: '0 0 24 24', width: 16, height: 16 },
        children: [{ type: 'element', tagName: 'path', properties: { fill: 'currentColor', d: icon }, children: [] }],
      },
    ],
  };
}

function walk(nodes: RootContent[], visit: (node: Element) => void): void {
  for (const node of nodes) {
    if (node.type === 'element') visit(node);
    // Also inside MDX components such as <Section>: their nodes are not hast elements but hold headings.
    if ('children' in node) walk(node.children as RootContent[], visit);
  }
}

export function rehypeHeadingLinks() {
  return (tree: Root) => {
    walk(tree.children, (node: Element) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
      const id = node.properties?.id;
      if (typeof id !== 'string' || !id) return;
      const title = node.children.map(textOf).join('').trim();
      node.properties.className = ['heading'];
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Link to section: ${title}` },
        children: [{ type: 'text', value: '#' }],
      }, copyLinkButton(id, title));
    });
  };
}
