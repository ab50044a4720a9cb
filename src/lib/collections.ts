/** Reads the content collections once, in the shapes the listing pages need. */
import { getCollection } from 'astro:content';
import type { CatalogItem } from './catalog';
import type { SearchAnswer } from './search-results';
import { guidePath, SCANNER_GUIDE_SLUG, withBase } from './urls';

export async function catalogItems(): Promise<CatalogItem[]> {
  const secrets = await getCollection('secrets');
  return secrets.map(({ data }) => ({
    id: data.id,
    name: data.name,
    provider: data.provider,
    category: data.category,
    summary: data.summary,
    prefixes: data.tokenFormat.prefixes,
  }));
}

export interface GuideCard {
  /** Site path without the base, such as "guides/secret-leak-response/". */
  path: string;
  title: string;
  description: string;
}

/** Every general guide in reading order, then the scanner-integration page (an Astro page, not MDX). */
export async function generalGuideCards(): Promise<GuideCard[]> {
  const guides = await getCollection('guides');
  const sorted = guides.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en'));
  return [
    ...sorted.map(({ id, data }) => ({ path: guidePath(id), title: data.title, description: data.description })),
    {
      path: guidePath(SCANNER_GUIDE_SLUG),
      title: 'Link findings from your scanner',
      description: 'Turn gitleaks, TruffleHog and GitHub secret-scanning findings into links to the right guide.',
    },
  ];
}

/** The general guides that answer plain-word questions, for search to put first (src/lib/search-results.ts). */
export async function searchAnswers(): Promise<SearchAnswer[]> {
  const guides = await getCollection('guides');
  return guides
    .filter(({ data }) => data.searchTerms.length > 0)
    .map(({ id, data }) => ({ url: withBase(guidePath(id)), terms: data.searchTerms }));
}
