/**
 * Replaces every element with the given tag name, at any depth, by what `wrap`
 * makes of it. It descends into every node with children, MDX components such
 * as `<Section>` included: their content is Markdown too.
 */
import type { Element, RootContent } from 'hast';

export function wrapElements(parent: { children: RootContent[] }, tagName: string, wrap: (node: Element) => Element): void {
  parent.children = parent.children.map((node) => {
    if (node.type === 'element' && node.tagName === tagName) return wrap(node);
    if ('children' in node) wrapElements(node as { children: RootContent[] }, tagName, wrap);
    return node;
  });
}
