/**
 * Adds every URL and heading anchor of the current build (dist/) to
 * test/permalinks.json. It only adds: removing a shipped URL or anchor is a
 * decision for a human, who adds a redirect at the same time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { builtDataFiles, builtPages, headingIds, readPage } from '../test/support/site';

const FILE = 'test/permalinks.json';
const manifest: Record<string, string[]> = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : {};
let added = 0;
for (const url of builtPages()) {
  if (url === '/404.html') continue;
  const known = new Set(manifest[url] ?? []);
  if (!manifest[url]) added++;
  for (const id of headingIds(readPage(url))) {
    if (!known.has(id)) {
      known.add(id);
      added++;
    }
  }
  manifest[url] = [...known];
}
for (const url of builtDataFiles()) {
  if (!manifest[url]) {
    manifest[url] = [];
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(FILE, JSON.stringify(sorted, null, 2) + '\n');
console.log(`${FILE}: ${Object.keys(sorted).length} URLs, ${added} new URLs or anchors`);
