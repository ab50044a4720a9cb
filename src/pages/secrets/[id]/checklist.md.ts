/** /secrets/<id>/checklist.md: the guide's response as a Markdown checklist, the same text the page's button copies. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteLocation, ticketChecklist } from '../../../lib/ticket-checklist';

export const getStaticPaths = (async () => {
  const secrets = await getCollection('secrets');
  return secrets.map((entry) => ({ params: { id: entry.id }, props: { secret: entry.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ secret: CollectionEntry<'secrets'>['data'] }> = ({ props, site }) =>
  new Response(ticketChecklist(props.secret, siteLocation(site, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
