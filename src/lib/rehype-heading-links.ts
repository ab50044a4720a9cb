/**
 * Gives every h2 and h3 that has an id one control: a "#" link to itself (same
 * markup as HeadingAnchor.astro), so a reader can copy a permalink to any
 * section. It works without JavaScript; src/scripts/deep-links.ts makes a click
 * also copy the section's absolute URL.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
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
      });
    });
  };
}
