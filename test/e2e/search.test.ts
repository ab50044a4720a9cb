/**
 * Search in a real browser, against dist/ as built by the global setup: the header box and its keyboard use, the
 * /search/ page with filters and ?q= links, the form without JavaScript, and no request ever leaving the site.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSecretGuides } from '../../src/lib/read-guides';
import { searchableTerm } from '../../src/lib/search-term';
import { CATEGORY_TITLES } from '../../src/schemas/secret';
import { openBrowserSession, watchRequests, type BrowserSession, type ServedSite } from './support/browser';

const CIRCLECI = '/secrets/circleci-personal-api-token/';
const guides = readSecretGuides().map(({ data }) => data);
// A prefix with fewer than four letters or digits ("s.", "key-") is a common word to a search engine, not a token
// marker; only distinctive prefixes can promise to find their guide first.
const prefixes = guides.flatMap((guide) =>
  guide.tokenFormat.prefixes.filter((prefix) => prefix.replace(/[^A-Za-z0-9]/g, '').length >= 4).map((prefix) => [prefix, guide.id] as const),
);

let site: ServedSite;
let browser: Browser;
let context: BrowserContext;
let requests: ReturnType<typeof watchRequests>;

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowserSession();
  ({ site, browser, context, requests } = session);
});

afterAll(async () => {
  await session?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.url(path));
  return page;
}

const resultPaths = (page: Page, scope: string) =>
  page.locator(`${scope} .search-result-title`).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** Types into the header box and returns the paths of the results shown for exactly that query. */
async function typeQuery(page: Page, query: string): Promise<string[]> {
  await page.fill('#site-search-input', query);
  // The panel's "All results" link is updated with each query's results, so it tells stale results from fresh ones.
  const search = `?${new URLSearchParams({ q: searchableTerm(query) })}`;
  await page.waitForFunction((wanted) => document.querySelector<HTMLAnchorElement>('[data-search-all]')?.search === wanted, search);
  return resultPaths(page, '.site-search');
}

/** Opens the home page, types into the header box and returns the page with that query's results showing. */
async function headerSearch(query: string): Promise<Page> {
  const page = await open('');
  await typeQuery(page, query);
  return page;
}

describe('the header search box', () => {
  it('CCIPAT_ finds the CircleCI guide first', async () => {
    const page = await open('');
    expect((await typeQuery(page, 'CCIPAT_'))[0]).toBe(CIRCLECI);
    await page.close();
  });

  it('"circleci" finds the CircleCI guide first', async () => {
    const page = await open('');
    expect((await typeQuery(page, 'circleci'))[0]).toBe(CIRCLECI);
    await page.close();
  });

  it('a pasted whole secret finds its guide by prefix and never reaches a URL', async () => {
    const page = await open('');
    const pasted = 'CCIPAT_' + 'Fake0'.repeat(5) + '_' + '0f'.repeat(20);
    expect((await typeQuery(page, pasted))[0]).toBe(CIRCLECI);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\//);
    expect(page.url()).not.toContain('Fake0');
    await page.close();
  });

  it('has token prefixes to check', () => {
    expect(prefixes.map(([prefix]) => prefix)).toContain('CCIPAT_');
  });

  // Every prefix a guide declares puts a guide with that prefix first, however many guides there are.
  describe('token prefixes', () => {
    let page: Page;
    beforeAll(async () => {
      page = await open('');
    });
    afterAll(() => page.close());

    it.each(prefixes)('%s finds its guide (%s) first', async (prefix) => {
      const owners = prefixes.filter(([other]) => other === prefix).map(([, id]) => `/secrets/${id}/`);
      expect(owners).toContain((await typeQuery(page, prefix))[0]);
    });
  });

  it('a section link lands on its anchor: "revoke circleci" opens #revoke in view', async () => {
    const page = await headerSearch('revoke circleci');
    const guide = page.locator('.site-search .search-result').filter({ has: page.locator(`a[href$="${CIRCLECI}"]`) });
    const section = guide.locator('.search-sections a').first();
    expect(await section.getAttribute('href')).toMatch(/#revoke$/);
    await section.click();
    await page.waitForURL(/\/secrets\/circleci-personal-api-token\/#revoke$/);
    const heading = page.locator('h2#revoke');
    await heading.waitFor();
    expect(await heading.evaluate((h) => h.getBoundingClientRect().top >= 0 && h.getBoundingClientRect().top < innerHeight)).toBe(true);
    await page.close();
  });

  it('"/" and Ctrl+K focus the box; "/" typed in a field stays a character', async () => {
    const page = await open(CIRCLECI.slice(1));
    const focusedId = () => page.evaluate(() => document.activeElement?.id);
    await page.keyboard.press('/');
    expect(await focusedId()).toBe('site-search-input');
    await page.locator('main h1').click(); // focus leaves the box
    expect(await focusedId()).not.toBe('site-search-input');
    await page.keyboard.press('Control+k');
    expect(await focusedId()).toBe('site-search-input');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#site-search-input')).toBe('a/b');
    await page.close();
  });

  it('is usable from the keyboard: arrows move through the results, Enter opens one, Escape closes', async () => {
    const page = await headerSearch('circleci');
    const panel = page.locator('.search-panel');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(new URL(first).pathname).toBe(CIRCLECI);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.press('Escape');
    expect(await panel.isHidden()).toBe(true);
    await page.keyboard.press('ArrowDown'); // opens the panel again
    await page.locator('.site-search .search-result').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await panel.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.press('ArrowDown');
    await page.locator('.site-search .search-result').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === CIRCLECI);
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const page = await headerSearch('zzqxv');
    expect(await page.locator('.search-message').textContent()).toContain('No guide matches');
    await page.close();
  });

  it('Enter opens the /search/ page with the query', async () => {
    const page = await open('');
    await page.fill('#site-search-input', 'circleci');
    await page.press('#site-search-input', 'Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'circleci');
    await page.locator('.search-page .search-result').first().waitFor();
    expect((await resultPaths(page, '.search-page'))[0]).toBe(CIRCLECI);
    await page.close();
  });
});

describe('the /search/ page', () => {
  it('runs the query of a ?q= link', async () => {
    const page = await open('search/?q=CCIPAT_');
    await page.locator('.search-page .search-result').first().waitFor();
    expect(await page.inputValue('#search-page-input')).toBe('CCIPAT_');
    expect((await resultPaths(page, '.search-page'))[0]).toBe(CIRCLECI);
    // Sections are listed with their excerpts here.
    expect(await page.locator('.search-page .search-sections a[href*="#"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('filters by category and provider, and keeps them in the URL', async () => {
    const circleci = guides.find((guide) => guide.id === 'circleci-personal-api-token')!;
    const category = CATEGORY_TITLES[circleci.category];
    const page = await open('search/?q=token');
    await page.locator('.search-page .search-result').first().waitFor();
    const everything = await resultPaths(page, '.search-page');

    await page.selectOption('#search-category', category);
    await page.waitForURL((url) => url.searchParams.get('category') === category);
    await page.waitForFunction(
      (wanted) => [...document.querySelectorAll('.search-page .search-result-context')].every((p) => p.textContent?.includes(wanted)),
      category,
    );
    const contexts = await page.locator('.search-page .search-result-context').allTextContents();
    expect(contexts.length).toBeGreaterThan(0);
    expect(contexts.length).toBeLessThanOrEqual(everything.length);
    for (const text of contexts) expect(text).toContain(category);
    expect(await resultPaths(page, '.search-page')).toContain(CIRCLECI);

    // A filter alone, with no words, lists that provider's guides; the URL opens the same view.
    await page.fill('#search-page-input', '');
    await page.selectOption('#search-category', '');
    await page.selectOption('#search-provider', circleci.provider);
    await page.waitForURL((url) => [...url.searchParams].join() === `provider,${circleci.provider}`);
    await page.locator(`.search-page .search-result-title[href$="${CIRCLECI}"]`).waitFor();
    const reopened = await open(`search/?provider=${encodeURIComponent(circleci.provider)}`);
    await reopened.locator(`.search-page .search-result-title[href$="${CIRCLECI}"]`).waitFor();
    expect(await reopened.inputValue('#search-provider')).toBe(circleci.provider);
    await Promise.all([page.close(), reopened.close()]);
  });
});

/**
 * Plain words, as a responder types them: a general question finds the general guide first, a provider's name its
 * guides and not those that mention it in passing, and a word on every page lists the best matches, not every page.
 */
const PLAIN_WORDS = [
  { query: 'revoke', first: '/guides/secret-leak-response/', most: 10 },
  { query: 'leaked password in git history', first: '/guides/remove-secret-from-git-history/', most: 10 },
  // The two CircleCI secret guides, and the guide on secrets in CI logs, which has a section on CircleCI's.
  { query: 'circleci', first: CIRCLECI, includes: '/guides/secret-in-ci-logs/', most: 3 },
  // A typo matches fuzzily and Pagefind scores "travis-ci" the same as the CircleCI guides: a short list is the promise.
  { query: 'circeci', first: null, includes: CIRCLECI, most: 4 },
];

describe('plain words on the /search/ page', () => {
  it.each(PLAIN_WORDS)('"$query" lists $first first (or includes $includes), and at most $most guides', async (entry) => {
    const { query, first, most } = entry;
    const page = await open(`search/?${new URLSearchParams({ q: query })}`);
    await page.locator('.search-page .search-result').first().waitFor();
    const paths = await resultPaths(page, '.search-page');
    if (first) expect(paths[0]).toBe(first);
    if ('includes' in entry && entry.includes) expect(paths).toContain(entry.includes);
    const count = Number(/^(\d+) guides? found/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[1]);
    expect(count).toBeLessThanOrEqual(most);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the header box is a form to /search/, which says search needs JavaScript and links to the catalog', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const noScriptRequests = watchRequests(noScript, site.origin);
    const page = await noScript.newPage();
    await page.goto(site.url(CIRCLECI.slice(1)));
    await page.fill('#site-search-input', 'circleci');
    await page.press('#site-search-input', 'Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'circleci');
    expect(await page.locator('main').textContent()).toContain('Search needs JavaScript');
    await page.click('main a[href="/secrets/"]');
    await page.click(`main a[href="${CIRCLECI}"]`);
    await page.waitForURL((url) => url.pathname === CIRCLECI);
    await noScript.close();
    expect(noScriptRequests.foreign).toEqual([]);
  });
});

describe('privacy', () => {
  // Runs last in this file: every page above used `context`.
  it('no request went to another origin', () => {
    expect(requests.all.some((url) => url.includes('/pagefind/'))).toBe(true);
    expect(requests.foreign).toEqual([]);
  });
});
