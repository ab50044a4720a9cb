/**
 * Accessibility in a real browser: axe-core finds no violation on any kind of
 * page, in light and dark; a keyboard alone reaches a guide's #revoke, switches
 * a snippet tab and copies it; and no page breaks its own Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openBrowserSession, type ServedSite } from './support/browser';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const GUIDE = 'secrets/circleci-personal-api-token/';

/** Every kind of page, and what to do on it before checking (open the search results, say). */
const PAGES: { name: string; path: string; prepare?: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: '' },
  { name: 'catalog', path: 'secrets/' },
  { name: 'secret guide with tabs', path: GUIDE },
  { name: 'general guide', path: 'guides/secret-leak-response/' },
  { name: 'general guide with a table', path: 'guides/where-to-keep-secrets/' },
  {
    name: 'header search with results open',
    path: '',
    prepare: async (page) => {
      await page.fill('#site-search-input', 'circleci');
      await page.locator('.site-search .search-result').first().waitFor();
    },
  },
  {
    name: 'search page with results',
    path: 'search/?q=token',
    prepare: async (page) => {
      await page.locator('.search-page .search-result').first().waitFor();
    },
  },
  { name: 'scanner links', path: 'go/' },
  { name: '404', path: 'no-such-page/' },
];

let session: BrowserSession;
let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
  session = await openBrowserSession();
  ({ site, browser } = session);
});

afterAll(async () => {
  await session?.close();
});

describe.each(['light', 'dark'] as const)('axe-core, %s theme', (colorScheme) => {
  let context: BrowserContext;
  beforeAll(async () => {
    // axe is injected by the test itself; the site's CSP rightly forbids that, so it is bypassed here only.
    context = await browser.newContext({ colorScheme, bypassCSP: true });
  });
  afterAll(() => context?.close());

  it.each(PAGES)('$name has no violations', async ({ path, prepare }) => {
    const page = await context.newPage();
    await page.goto(site.url(path));
    await prepare?.(page);
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('keyboard only', () => {
  it('from the home page to a guide #revoke, switch a snippet tab and copy it', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(site.url(''));

    /** Presses Tab until the focused element matches, as a keyboard user would. */
    async function tabTo(matches: (el: Element) => boolean, description: string, limit = 400) {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
      }
      throw new Error(`Tab never reached ${description}`);
    }

    await tabTo((el) => (el as HTMLAnchorElement).getAttribute?.('href')?.endsWith('/secrets/circleci-personal-api-token/') ?? false, 'the CircleCI guide link');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/secrets\/circleci-personal-api-token\/$/);

    await tabTo((el) => el.getAttribute('href') === '#revoke', 'the first-response link to #revoke');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#revoke$/);
    expect(await page.locator('#revoke').isVisible()).toBe(true);

    await tabTo((el) => el.getAttribute('role') === 'tab' && el.getAttribute('aria-selected') === 'true', 'a selected snippet tab');
    const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
    await page.keyboard.press('ArrowRight');
    const switched = await page.evaluate(() => ({
      name: document.activeElement?.textContent?.trim(),
      selected: document.activeElement?.getAttribute('aria-selected'),
      language: (document.activeElement as HTMLElement).dataset.language,
    }));
    expect(switched.name).not.toBe(first);
    expect(switched.selected).toBe('true');

    await tabTo((el) => el.matches('button[data-copy]') && !(el.closest('[role="tabpanel"]') as HTMLElement | null)?.hidden, 'the copy button of the visible panel');
    const expected = await page.evaluate(() => document.activeElement!.parentElement!.querySelector('pre code')!.textContent);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(expected).toMatch(/circleci/i);
    await context.close();
  });
});

describe('Content-Security-Policy', () => {
  it.each(PAGES)('$name runs without a CSP violation', async ({ path, prepare }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(site.url(path));
    await prepare?.(page);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await context.close();
  });
});
