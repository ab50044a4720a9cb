/**
 * The "On this page" navigation of a guide, built at build time from what the page renders: a list of links to its
 * sections, each with the subsections worth jumping to. Pure, so the tests and both kinds of guide share it.
 */
import { GUIDE_SECTIONS } from './sections';

export interface PageLink {
  id: string;
  title: string;
  children: PageLink[];
}

interface Anchor {
  id: string;
  title: string;
}

/**
 * A secret guide: the sections of the permalink contract in their order, the validity check under "Check for
 * unauthorized use" when the guide has one, and the retrieval methods under "Stop hard-coding it".
 */
export function secretGuideLinks(methods: readonly Anchor[], validityCheck: Anchor | undefined): PageLink[] {
  return GUIDE_SECTIONS.map(({ id, title }) => {
    const children =
      id === 'check-usage' && validityCheck ? [validityCheck]
      : id === 'prevent-hardcoding' ? methods
      : [];
    return { id, title, children: children.map((child) => ({ id: child.id, title: child.title, children: [] })) };
  });
}

/** A heading as Astro's render() reports it for Markdown and MDX. */
export interface MarkdownHeading {
  depth: number;
  slug: string;
  text: string;
}

/** A general guide: its ## headings, each with its ### headings, then the sections the page adds after the body. */
export function headingLinks(headings: readonly MarkdownHeading[], after: readonly Anchor[] = []): PageLink[] {
  const links: PageLink[] = [];
  for (const heading of headings) {
    const link = { id: heading.slug, title: heading.text, children: [] };
    if (heading.depth === 2) links.push(link);
    // A ### before any ## has no section to sit under: it is left out rather than promoted.
    else if (heading.depth === 3) links.at(-1)?.children.push(link);
  }
  return [...links, ...after.map((anchor) => ({ ...anchor, children: [] }))];
}
