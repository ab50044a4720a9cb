/**
 * Reads the built site in dist/ for tests: pages by URL, their heading ids in
 * order, and their internal links. The build's HTML is regular (Astro writes
 * double-quoted attributes), so plain patterns are enough here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { siteBuilt } from './build-site';

// The global setup builds dist/ in the background; every reader of dist/ imports this module, so waits here.
await siteBuilt();

export const DIST = 'dist';

/** Every public file of the build as its URL path, Pagefind's and Astro's asset folders left out. */
function builtFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (!statSync(path).isDirectory()) files.push('/' + relative(root, path).split(sep).join('/'));
      else if (name !== 'pagefind' && name !== '_astro') walk(path);
    }
  };
  walk(root);
  return files.sort();
}

/** Every built HTML page as its public URL path ("/secrets/x/"). */
export function builtPages(root = DIST): string[] {
  return builtFiles(root)
    .filter((path) => path.endsWith('.html'))
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .sort();
}

/** Public non-page files that are part of the contract: the JSON API, checklists, host files. */
export function builtDataFiles(root = DIST): string[] {
  return builtFiles(root).filter((path) => /\.(?:json|md)$/.test(path) || path === '/_redirects' || path === '/_headers');
}

export function fileForUrl(url: string, root = DIST): string {
  const path = url.split('#')[0]!.split('?')[0]!;
  return join(root, path.endsWith('/') ? `${path}index.html` : path);
}

export function readPage(url: string, root = DIST): string {
  return readFileSync(fileForUrl(url, root), 'utf8');
}

/** Ids of h1–h6 elements in document order: the page's section anchors. */
export function headingIds(html: string): string[] {
  return [...html.matchAll(/<h[1-6]\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]!);
}

/** Every id on the page (an anchor may point at any of them). */
export function allIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

export function hrefs(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}
