/**
 * Checks absolute URLs of the site (as checklists, the API and scanner links
 * write them) against the build in dist/. The site's root comes from the
 * build itself (the home page's canonical link), so LEAKFIX_SITE and
 * LEAKFIX_BASE need no second copy here.
 */
import { existsSync } from 'node:fs';
import { allIds, fileForUrl, readPage } from './site';

/** "https://leakfix.dev/" (origin and base) for the build in dist/. */
export function siteRoot(): string {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readPage('/'))?.[1];
  if (!canonical) throw new Error('dist/index.html has no canonical link to read the site root from');
  return canonical;
}

/** A redirect page's target, as Astro and the /go/ pages write it. */
export function refreshTarget(html: string): string | undefined {
  return /<meta http-equiv="refresh" content="\d+;url=([^"]+)"/.exec(html)?.[1];
}

/** The path in dist/ of an absolute URL of the site ("/secrets/x/"), or undefined if it is elsewhere. */
export function builtPath(url: string, root = siteRoot()): string | undefined {
  return url.startsWith(root) ? '/' + url.slice(root.length).split('#')[0] : undefined;
}

/**
 * What is wrong with an absolute URL of the site, or undefined: it must be
 * on the site, exist in dist/ and, with a #fragment, have that id. Redirect
 * pages are followed once.
 */
export function problemWith(url: string, root = siteRoot()): string | undefined {
  const path = builtPath(url, root);
  if (path === undefined) return `${url} is not on the site (${root})`;
  if (!existsSync(fileForUrl(path))) return `${url}: no ${fileForUrl(path)}`;
  const anchor = decodeURIComponent(new URL(url).hash.slice(1));
  if (!anchor) return undefined;
  let page = path;
  const moved = path.endsWith('/') ? refreshTarget(readPage(path)) : undefined;
  if (moved) page = new URL(moved, `http://site${path}`).pathname;
  return allIds(readPage(page)).has(anchor) ? undefined : `${url}: no id "${anchor}" on ${page}`;
}
