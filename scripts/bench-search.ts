/**
 * `npm run bench:search`: what search costs, on the dist/ that `npm run build` made.
 * 1. Index size: dist/pagefind by part, and per indexed page.
 * 2. Speed: a query entered in the header box until its results are on screen, in Chromium, over a fixed list of
 *    queries, for a page that has already searched (warm) and for the first search after a page load (cold: Pagefind,
 *    its WebAssembly and the index metadata load then).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, serveSite } from '../test/e2e/support/browser';

const SITE = 'dist';
const BUNDLE = join(SITE, 'pagefind');
const ROUNDS = 5;
const QUERIES = ['CCIPAT_', 'ghp_', 'github_pat_', 'sk_live_', 'xoxb-', 'AKIA', 'circleci', 'revoke circleci', 'aws', 'rotate', 'audit log', 'git history', 'vault', 'token', 'zzqxv'];

if (!existsSync(join(BUNDLE, 'pagefind-entry.json'))) {
  console.error(`No search index in ${BUNDLE}/: run \`npm run build\` first.`);
  process.exit(1);
}

function sizeOf(path: string): { files: number; bytes: number } {
  if (statSync(path).isFile()) return { files: 1, bytes: statSync(path).size };
  return readdirSync(path)
    .map((name) => sizeOf(join(path, name)))
    .reduce((a, b) => ({ files: a.files + b.files, bytes: a.bytes + b.bytes }), { files: 0, bytes: 0 });
}

function indexSizes() {
  const entry = JSON.parse(readFileSync(join(BUNDLE, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  const names = readdirSync(BUNDLE);
  const files = (test: (name: string) => boolean) => names.filter(test).map((name) => join(BUNDLE, name));
  const parts: [string, string[]][] = [
    ['fragments (one per page: excerpt text, metadata)', files((n) => n === 'fragment')],
    ['index chunks (words → pages)', files((n) => n === 'index')],
    ['filters', files((n) => n === 'filter')],
    ['metadata (.pf_meta, entry)', files((n) => n.endsWith('.pf_meta') || n === 'pagefind-entry.json')],
    ['WebAssembly (a page loads one of them)', files((n) => n.startsWith('wasm.'))],
    ['pagefind.js and its worker', files((n) => n === 'pagefind.js' || n === 'pagefind-worker.js')],
    ['Pagefind UI bundles (written, never loaded)', files((n) => /-ui\.(js|css)$/.test(n) || n === 'pagefind-highlight.js')],
  ];
  const rows = parts.map(([label, paths]) => {
    const size = paths.map(sizeOf).reduce((a, b) => ({ files: a.files + b.files, bytes: a.bytes + b.bytes }), { files: 0, bytes: 0 });
    return { label, ...size };
  });
  return { pages, rows, total: sizeOf(BUNDLE) };
}

/** Puts the whole query in the box at once and returns the milliseconds until its results are painted. */
function timeQuery(page: Page, query: string): Promise<{ ms: number; status: string }> {
  return page.evaluate(async (text) => {
    // No named functions in here: tsx would wrap them in a helper that does not exist in the page.
    const input = document.querySelector<HTMLInputElement>('#site-search-input')!;
    const allResults = document.querySelector<HTMLAnchorElement>('[data-search-all]')!;
    const wanted = `?${new URLSearchParams({ q: text })}`; // set with each query's results
    input.focus(); // results show only while the reader is in the box
    const start = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise<void>((resolve) => {
      new MutationObserver((_, observer) => {
        if (allResults.search !== wanted) return;
        observer.disconnect();
        resolve();
      }).observe(input.form!, { subtree: true, childList: true, attributes: true });
    });
    await new Promise(requestAnimationFrame); // on screen: the next frame is painted
    const ms = performance.now() - start;
    const status = document.querySelector('[data-search-status]')!.textContent ?? '';
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return { ms, status };
  }, query);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function timings() {
  const site = await serveSite(SITE);
  const browser = await launchChromium();
  const cold: number[] = [];
  const warm = new Map<string, { ms: number[]; status: string }>(QUERIES.map((query) => [query, { ms: [], status: '' }]));
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const context = await browser.newContext(); // an empty cache each round, like a first visit
      const page = await context.newPage();
      await page.goto(site.url());
      cold.push((await timeQuery(page, QUERIES[round % QUERIES.length]!)).ms);
      for (const query of QUERIES) {
        const { ms, status } = await timeQuery(page, query);
        warm.get(query)!.ms.push(ms);
        warm.get(query)!.status = status;
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return { cold, warm };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
};

const { pages, rows, total } = indexSizes();
const indexData = rows.slice(0, 4).reduce((sum, row) => sum + row.bytes, 0);
console.log(`\nSearch index: ${BUNDLE}/, ${pages} pages indexed\n`);
table([
  ['part', 'files', 'size', 'per page'],
  ...rows.map((row) => [row.label, String(row.files), kb(row.bytes), kb(row.bytes / pages)]),
  ['total', String(total.files), kb(total.bytes), kb(total.bytes / pages)],
  ['of which grows with each page (first four rows)', '', kb(indexData), kb(indexData / pages)],
]);

const { cold, warm } = await timings();
console.log(`\nQuery entered → results on screen, Chromium headless, median of ${ROUNDS} rounds\n`);
table([
  ['query', 'results', 'median'],
  ...[...warm].map(([query, { ms, status }]) => [query, /^\d+/.exec(status)?.[0] ?? '0', `${median(ms).toFixed(1)} ms`]),
  ['all queries above', '', `${median([...warm.values()].flatMap((run) => run.ms)).toFixed(1)} ms`],
  ['first query after a page load', '', `${median(cold).toFixed(1)} ms`],
]);
