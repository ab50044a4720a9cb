/**
 * /search/answers.json: the general guides and the plain words they answer, which search puts first. A file of its
 * own, fetched with the index when the reader first searches, so no page carries it on a first visit.
 */
import type { APIRoute } from 'astro';
import { searchAnswers } from '../../lib/collections';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchAnswers()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
