/**
 * Layout at a 390 px phone and a 1280 px desktop, light and dark: nothing is wider than the screen except code and
 * tables, which scroll in their own box; ids, token prefixes and language tabs never break or wrap inside themselves.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openBrowserSession, type ServedSite } from './support/browser';

const PAGES = [
  { name: 'a secret guide', path: 'secrets/circleci-personal-api-token/' },
  { name: 'the scanner links (/go/)', path: 'go/' },
  { name: 'search with results', path: 'search/?q=circleci', ready: '.search-page .search-result' },
  { name: 'the home page', path: '' },
];
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];
const THEMES = ['light', 'dark'] as const;

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

async function open(
  path: string,
  viewport: { width: number; height: number },
  colorScheme: 'light' | 'dark' = 'light',
  device: { isMobile?: boolean; hasTouch?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport, colorScheme, ...device });
  const page = await context.newPage();
  await page.goto(site.url(path));
  return page;
}

/** The elements that reach past either edge of the viewport, other than inside a box that scrolls or clips them. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const contained = (el: Element) => {
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 1 && box.height > 1 && (box.right > width + 0.5 || box.left < -0.5) && !contained(el);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)} px)`);
  });

describe.each(THEMES)('%s theme', (theme) => {
  describe.each(VIEWPORTS)('$width px wide', (viewport) => {
    it.each(PAGES)('$name has nothing wider than the screen', async ({ path, ready }) => {
      const page = await open(path, viewport, theme);
      if (ready) await page.locator(ready).first().waitFor();
      expect(await overflowing(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.context().close();
    });
  });
});

/** The elements among `selector` whose text wraps onto a second line. */
const wrapped = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) => elements.filter((el) => el.getClientRects().length > 1).map((el) => el.textContent));

describe('on a 390 px phone', () => {
  const PHONE = VIEWPORTS[0]!;

  it('a touch screen shows no "/" shortcut hint, which a desktop does', async () => {
    const phone = await open('secrets/circleci-personal-api-token/', PHONE, 'light', { isMobile: true, hasTouch: true });
    await expect.poll(() => phone.locator('[data-search-box] .search-shortcut').count()).toBe(1);
    expect(await phone.locator('[data-search-box] .search-shortcut').isVisible()).toBe(false);
    await phone.context().close();
    const desktop = await open('secrets/circleci-personal-api-token/', VIEWPORTS[1]!);
    await expect.poll(() => desktop.locator('[data-search-box] .search-shortcut').isVisible()).toBe(true);
    await desktop.context().close();
  });

  it('language tabs stay on one row', async () => {
    const page = await open('secrets/circleci-personal-api-token/', PHONE);
    const rows = await page.locator('[role="tablist"]').first().locator('[role="tab"]').evaluateAll((tabs) => new Set(tabs.map((t) => (t as HTMLElement).offsetTop)).size);
    expect(rows).toBe(1);
    await page.context().close();
  });

  it('no token-prefix chip splits inside itself', async () => {
    const page = await open('secrets/', PHONE);
    expect(await page.locator('.card-prefixes code').count()).toBeGreaterThan(10);
    expect(await wrapped(page, '.card-prefixes code')).toEqual([]);
    await page.context().close();
  });

  it.each(['go/', 'guides/link-from-your-scanner/', 'secrets/circleci-personal-api-token/'])(
    '%s: every box that scrolls sideways can be reached by keyboard, so it can be scrolled without a mouse',
    async (path) => {
      const page = await open(path, PHONE);
      const unreachable = await page.evaluate(() =>
        [...document.body.querySelectorAll<HTMLElement>('*')]
          .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
          .filter((el) => el.tabIndex < 0 && !el.querySelector('a, button, input, select, textarea, [tabindex]'))
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent!.slice(0, 40)}`),
      );
      expect(unreachable).toEqual([]);
      await page.context().close();
    },
  );

  it('no scanner id on /go/ breaks inside a word', async () => {
    const page = await open('go/', PHONE);
    expect(await wrapped(page, '.go-table td:nth-child(2) code')).toEqual([]);
    await page.context().close();
  });
});

describe('on a 1280 px desktop', () => {
  it('no scanner id on /go/ breaks inside a word', async () => {
    const page = await open('go/', VIEWPORTS[1]!);
    expect(await wrapped(page, '.go-table td:nth-child(2) code')).toEqual([]);
    await page.context().close();
  });

  it('the header lines up with the content column', async () => {
    for (const path of ['', 'secrets/circleci-personal-api-token/', 'go/']) {
      const page = await open(path, VIEWPORTS[1]!);
      const brand = await page.locator('.brand').boundingBox();
      const title = await page.locator('main h1').boundingBox();
      expect(Math.abs(brand!.x - title!.x), path).toBeLessThanOrEqual(1);
      await page.context().close();
    }
  });
});
