/**
 * The files static hosts read at the site root (Netlify, Cloudflare Pages):
 * `_headers` repeats the security policy of every page's <meta>, `_redirects`
 * sends scanner links straight to their guide (every other host uses the
 * static /go/ pages). A dynamic route because Astro skips files in src/pages
 * whose names start with "_".
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadScannerCatalog } from '../lib/scanner-data';
import { guideSource, redirectsFile, scannerLinks } from '../lib/scanner-links';
import { headersFile } from '../lib/security-headers';

export const getStaticPaths = (() => [{ params: { hostfile: '_headers' } }, { params: { hostfile: '_redirects' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const base = import.meta.env.BASE_URL;
  const body =
    params.hostfile === '_headers'
      ? headersFile(base)
      : redirectsFile(scannerLinks((await getCollection('secrets')).map(guideSource), loadScannerCatalog()), base);
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
