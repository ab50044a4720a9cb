/** /api/v1/secrets.json: every guide and every scanner id, for tools (see src/lib/api-records.ts for the v1 stability promise). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { apiDocument, apiScanners } from '../../../lib/api-records';
import { loadScannerCatalog } from '../../../lib/scanner-data';
import { guideSource, scannerLinks } from '../../../lib/scanner-links';
import { siteLocation } from '../../../lib/ticket-checklist';

export const GET: APIRoute = async ({ site }) => {
  const entries = await getCollection('secrets');
  const location = siteLocation(site, import.meta.env.BASE_URL);
  const catalog = loadScannerCatalog();
  const scanners = apiScanners(scannerLinks(entries.map(guideSource), catalog), catalog.provenance, location);
  const body = JSON.stringify(apiDocument(entries.map((entry) => entry.data), scanners, location), null, 2);
  return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
