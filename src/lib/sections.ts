/**
 * The permalink contract of a secret guide: these anchors, in this order, on
 * every /secrets/<id>/ page. Tickets link to them for years: never rename an
 * id here without adding a redirect for the old one.
 */
export interface GuideSection {
  id: string;
  title: string;
  /** Who writes it: the guide's MDX body, or the page from frontmatter and shared text. */
  author: 'guide' | 'page';
}

export const GUIDE_SECTIONS = [
  { id: 'first-response', title: 'First response', author: 'page' },
  { id: 'what-it-is', title: 'What it is', author: 'guide' },
  { id: 'revoke', title: 'Revoke and rotate', author: 'guide' },
  { id: 'impacted-services', title: 'Find impacted services', author: 'guide' },
  { id: 'check-usage', title: 'Check for unauthorized use', author: 'guide' },
  { id: 'leak-causes', title: 'How it leaks', author: 'guide' },
  { id: 'risks', title: 'Risks', author: 'guide' },
  { id: 'generate', title: 'Create a replacement safely', author: 'guide' },
  { id: 'prevent-hardcoding', title: 'Stop hard-coding it', author: 'page' },
  { id: 'best-practices', title: 'Best practices', author: 'page' },
  { id: 'sources', title: 'Sources', author: 'page' },
] as const satisfies readonly GuideSection[];

export type GuideSectionId = (typeof GUIDE_SECTIONS)[number]['id'];

export function sectionTitle(id: GuideSectionId): string {
  const section = GUIDE_SECTIONS.find((s) => s.id === id);
  if (!section) throw new Error(`Unknown guide section "${id}"`);
  return section.title;
}

/** The subsection that ends "Check for unauthorized use" in guides with a read-only validity check. */
export const VALIDITY_CHECK = { id: 'validity-check', title: 'Is it still valid?' } as const;
