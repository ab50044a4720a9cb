/**
 * Reads the built site in dist/ for tests: pages by URL, their heading ids in
 * order, and their internal links. The build's HTML is regular (Astro writes
 * double-quoted attributes), so plain patterns are enough here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

/** Every built HTML page as its public URL path ("/secrets/x/"), except Pagefind's files. */
export function builtPages(root = DIST): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(root, path).split(sep).join('/');
        pages.push('/' + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel));
      }
    }
  };
  walk(root);
  return pages.sort();
}

/** Public non-page files that are part of the contract: the JSON API, checklists, host files. */
export function builtDataFiles(root = DIST): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (/\.(?:json|md)$/.test(name) || name === '_redirects' || name === '_headers') {
        files.push('/' + relative(root, path).split(sep).join('/'));
      }
    }
  };
  walk(root);
  return files.sort();
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
