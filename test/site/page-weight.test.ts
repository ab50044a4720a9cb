/**
 * The page-weight budget of a secret guide: a first visit downloads at most
 * 40 KB gzip of HTML, CSS and JavaScript (search index excluded), and reads
 * completely without JavaScript. The CircleCI guide is measured in detail;
 * every other guide is held to the same budget. Search and "Use your names" load when the
 * reader first uses them, so a first visit downloads neither.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../support/page-weight';
import { builtPages, DIST, readPage } from '../support/site';

const GUIDE = '/secrets/circleci-personal-api-token/';
// Issue 18's longer programs and access policies took the page to 51 KB. What brought it back: one short element per
// token colour (<t-1>, src/generator/highlight.ts) with spaces outside it, no per-line wrappers, tab buttons built
// by the script, and search, its answers and "Use your names" loaded on demand without Vite's preload helper.
const BUDGET_GZIP = 40 * 1024;
const CUSTOMISER_BUDGET_GZIP = 5 * 1024;
// src/scripts/load-script.ts: Vite names these chunks <module>-<hash>.js.
const onDemand = (name: string) => readdirSync(join(DIST, '_astro')).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.js'));

describe(`page weight of ${GUIDE}`, () => {
  const weight = pageWeight(GUIDE);

  it('counts the HTML, its stylesheets and its scripts', () => {
    expect(weight.files.some((f) => f.path.endsWith('.css'))).toBe(true);
    expect(weight.files.some((f) => f.path.endsWith('.js'))).toBe(true);
  });

  it(`stays within ${BUDGET_GZIP / 1024} KB gzip`, () => {
    console.log(
      weight.files.map((f) => `${f.path}: ${f.raw} B raw, ${f.gzip} B gzip`).join('\n') +
        `\ntotal: ${weight.raw} B raw, ${weight.gzip} B gzip`,
    );
    expect(weight.gzip).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it('needs no JavaScript to read: every snippet panel is in the HTML and none is hidden', () => {
    const html = readPage(GUIDE);
    const panels = html.match(/<div[^>]*class="tabpanel"[^>]*>/g) ?? [];
    expect(panels.length).toBe(20);
    expect(panels.filter((tag) => /\shidden\b/.test(tag))).toEqual([]);
  });
});

describe('every secret guide', () => {
  const guides = builtPages().filter((url) => /^\/secrets\/[^/]+\/$/.test(url));

  it(`stays within ${BUDGET_GZIP / 1024} KB gzip`, () => {
    expect(guides.length).toBeGreaterThan(100);
    const weights = guides.map((url) => ({ url, gzip: pageWeight(url).gzip })).sort((a, b) => b.gzip - a.gzip);
    console.log(`heaviest guides: ${weights.slice(0, 3).map((w) => `${w.url} ${w.gzip} B`).join(', ')}`);
    expect(weights.filter((w) => w.gzip > BUDGET_GZIP)).toEqual([]);
  });
});

describe('the scripts loaded on demand', () => {
  it.each(['search', 'customiser'])('%s is a chunk of its own, not part of a first visit', (name) => {
    expect(onDemand(name)).toHaveLength(1);
    const firstVisit = pageWeight(GUIDE).files.map((f) => f.path);
    expect(firstVisit.filter((path) => path.includes(`/${name}-`))).toEqual([]);
  });

  it(`"Use your names" is at most ${CUSTOMISER_BUDGET_GZIP / 1024} KB gzip`, () => {
    const script = readFileSync(join(DIST, '_astro', onDemand('customiser')[0]!));
    expect(gzipSync(script, { level: 9 }).length).toBeLessThanOrEqual(CUSTOMISER_BUDGET_GZIP);
  });

  it.each(['/', '/secrets/', '/search/', '/guides/secret-leak-response/'])('"Use your names" is not on %s', (url) => {
    expect(readPage(url)).not.toContain('data-customiser');
  });
});
