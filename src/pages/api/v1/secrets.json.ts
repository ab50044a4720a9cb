/** /api/v1/secrets.json: every guide for tools (see src/lib/api-records.ts for the v1 stability promise). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { apiDocument } from '../../../lib/api-records';
import { siteLocation } from '../../../lib/ticket-checklist';

export const GET: APIRoute = async ({ site }) => {
  const secrets = (await getCollection('secrets')).map((entry) => entry.data);
  const body = JSON.stringify(apiDocument(secrets, siteLocation(site, import.meta.env.BASE_URL)), null, 2);
  return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
