/**
 * A self-hosted copy: a site built with LEAKFIX_SITE=https://kb.example.org and LEAKFIX_BASE=/kb/, served under /kb/.
 * Search loads Pagefind from /kb/ and links its results there, never asking for anything outside /kb/ or off the
 * server; every absolute link the page hands out (canonical, copied section links, ticket checklist) names the
 * configured site.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, PROJECT_BUILD_TIMEOUT, projectWithGuides } from '../support/project-copy';
import { openBrowserSession, watchRequests, type BrowserSession, type ServedSite } from './support/browser';

const BASE = '/kb/';
const SITE = 'https://kb.example.org';
const GUIDE = `${SITE}${BASE}secrets/circleci-personal-api-token/`;
let folder: string;
let site: ServedSite;
let context: BrowserContext;
let requests: ReturnType<typeof watchRequests>;

let session: BrowserSession;

beforeAll(async () => {
  // The CircleCI guides alone: what is checked here is the base path, not the catalog, and a whole second build of
  // the catalog would cost the test run minutes.
  folder = projectWithGuides(['circleci-personal-api-token', 'circleci-project-api-token']);
  const build = buildProject(folder, { LEAKFIX_SITE: SITE, LEAKFIX_BASE: BASE });
  if (build.status !== 0) throw new Error(`the /kb/ build failed:\n${build.output}`);
  session = await openBrowserSession(join(folder, 'dist'), BASE);
  ({ site, context, requests } = session);
}, PROJECT_BUILD_TIMEOUT);

afterAll(async () => {
  await session?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe(`search under ${BASE}`, () => {
  it('the header box finds the CircleCI guide and links it under /kb/', async () => {
    const page = await context.newPage();
    await page.goto(site.url());
    await page.fill('#site-search-input', 'revoke circleci');
    const result = page.locator('.site-search .search-result').first();
    await result.waitFor();
    const hrefs = await result.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(hrefs[0]).toBe('/kb/secrets/circleci-personal-api-token/');
    for (const href of hrefs) expect(href).toMatch(/^\/kb\/secrets\/circleci-personal-api-token\//);
    await result.locator('.search-sections a').first().click();
    await page.waitForURL((url) => url.pathname === '/kb/secrets/circleci-personal-api-token/' && url.hash === '#revoke');
    expect(await page.locator('h1').textContent()).toContain('CircleCI');
    await page.close();
  });

  it('the /search/ page runs a ?q= link and fills its filters', async () => {
    const page = await context.newPage();
    await page.goto(site.url('search/?q=CCIPAT_'));
    const first = page.locator('.search-page .search-result-title').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe('/kb/secrets/circleci-personal-api-token/');
    expect(await page.locator('#search-category option').count()).toBeGreaterThan(1);
    await page.close();
  });

  it(`the canonical link, a copied section link and the ticket checklist all name ${SITE}${BASE}`, async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(site.url('secrets/circleci-personal-api-token/'));
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(GUIDE);
    await page.focus('h2#revoke a.heading-anchor');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${GUIDE}#revoke`);
    const ticket = (await page.locator('[data-ticket-copy]').getAttribute('data-ticket-copy')) ?? '';
    expect(ticket).toContain(`Guide: ${GUIDE} `);
    expect([...ticket.matchAll(/https?:\/\/[^\s)]+/g)].map((m) => m[0]).filter((url) => url.includes('leakfix.dev'))).toEqual([]);
    await page.close();
  });

  it(`every request stayed on the server and under ${BASE}`, () => {
    expect(requests.all.some((url) => url.includes(`${BASE}pagefind/`))).toBe(true);
    expect(requests.foreign).toEqual([]);
    expect(requests.all.filter((url) => !new URL(url).pathname.startsWith(BASE))).toEqual([]);
  });
});
