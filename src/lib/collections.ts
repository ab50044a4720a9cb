/** Reads the content collections once, in the shapes the listing pages need. */
import { getCollection } from 'astro:content';
import type { CatalogItem } from './catalog';

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

export async function sortedGuides() {
  const guides = await getCollection('guides');
  return guides.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en'));
}
