/** /api/v1/schema.json: the JSON Schema (draft 2020-12) of /api/v1/secrets.json. */
import type { APIRoute } from 'astro';
import { apiSchema } from '../../../lib/api-records';
import { siteLocation } from '../../../lib/ticket-checklist';

export const GET: APIRoute = ({ site }) => {
  const body = JSON.stringify(apiSchema(siteLocation(site, import.meta.env.BASE_URL)), null, 2);
  return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
