/**
 * What a first visit to a page downloads, search index excluded: the HTML,
 * its stylesheets, and its module scripts with their static imports. Byte
 * counts are deterministic for a given build, so a test can hold a budget.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, readPage } from './site';

export interface PageWeight {
  files: { path: string; raw: number; gzip: number }[];
  raw: number;
  gzip: number;
}

function measure(path: string, content: Buffer) {
  return { path, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

export function pageWeight(url: string, root = DIST): PageWeight {
  const html = readPage(url, root);
  const files = [measure(url, Buffer.from(html))];
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || path.includes('/pagefind/')) return;
    seen.add(path);
    const content = readFileSync(join(root, path));
    files.push(measure(path, content));
    if (path.endsWith('.js')) {
      for (const m of content.toString().matchAll(/(?:^|[;\s])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
        visit(posix.join(dirname(path), m[1]!));
      }
    }
  };
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) visit(m[1]!);
  for (const m of html.matchAll(/<script\b[^>]*src="([^"]+)"/g)) visit(m[1]!);
  return {
    files,
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}
