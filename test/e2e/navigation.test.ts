/**
 * Finding your way in a long guide, in a real browser: "On this page" beside the guide on a wide screen and collapsed
 * above it on a phone, links that land below the sticky header, the highlight following the scroll, "/" reaching the
 * search box without losing the reader's place, and no control that does nothing when JavaScript is off.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_SECTIONS } from '../../src/lib/sections';
import { type BrowserSession, openBrowserSession, type ServedSite } from './support/browser';

const GUIDE = 'secrets/circleci-personal-api-token/';
const GENERAL_GUIDE = 'guides/remove-secret-from-git-history/';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const METHODS = ['Environment variables', 'AWS Secrets Manager', 'HashiCorp Vault', 'CyberArk Conjur'];

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

async function open(path: string, viewport = DESKTOP, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(site.url(path));
  return page;
}

const close = (page: Page) => page.context().close();
const aside = (page: Page) => page.locator('nav.toc-aside');
const current = (page: Page) => aside(page).locator('a[aria-current="true"]').getAttribute('href');

describe('"On this page" on a wide screen', () => {
  it('lists every section of a secret guide, with the four retrieval methods under "Stop hard-coding it"', async () => {
    const page = await open(GUIDE);
    expect(await aside(page).isVisible()).toBe(true);
    expect(await page.locator('details.toc').isVisible()).toBe(false);
    const top = await aside(page).locator('.toc-list > li > a').allTextContents();
    expect(top).toEqual(GUIDE_SECTIONS.map((s) => s.title));
    const methods = await aside(page).locator('.toc-list > li:has(> a[href="#prevent-hardcoding"]) li a').allTextContents();
    expect(methods).toEqual(METHODS);
    expect(await aside(page).locator('a[href="#validity-check"]').textContent()).toBe('Is it still valid?');
    await close(page);
  });

  it('lists the sections of a general guide', async () => {
    const page = await open(GENERAL_GUIDE);
    const links = await aside(page).locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
    expect(links).toContain('#find-every-occurrence');
    expect(links.at(-1)).toBe('#sources');
    for (const hash of links) expect(await page.locator(hash).count(), hash).toBe(1);
    await close(page);
  });

  it('stays in view while the guide scrolls, and its links land on their section below the sticky header', async () => {
    const page = await open(GUIDE);
    await aside(page).locator('a[href="#validity-check"]').click();
    await page.waitForURL(/#validity-check$/);
    await expect.poll(() => current(page)).toBe('#validity-check');
    const header = await page.locator('.site-header').boundingBox();
    const heading = await page.locator('#validity-check').boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
    expect(heading!.y).toBeLessThan(DESKTOP.height / 3);
    const nav = await aside(page).boundingBox();
    expect(nav!.y).toBeLessThan(DESKTOP.height);
    expect(nav!.y + 1).toBeGreaterThanOrEqual(header!.height);
    await close(page);
  });

  it('highlights the section in view as the reader scrolls', async () => {
    const page = await open(GUIDE);
    for (const id of ['risks', 'hashicorp-vault', 'revoke']) {
      await page.evaluate((target) => {
        const heading = document.getElementById(target)!;
        window.scrollTo(0, window.scrollY + heading.getBoundingClientRect().top - 120);
      }, id);
      await expect.poll(() => current(page)).toBe(`#${id}`);
    }
    await close(page);
  });
});

describe('"On this page" on a 390 px phone', () => {
  it('is one collapsed line under the title that opens to the same links, and closes once one is chosen', async () => {
    const page = await open(GUIDE, PHONE);
    const details = page.locator('details.toc');
    expect(await aside(page).isVisible()).toBe(false);
    expect(await details.isVisible()).toBe(true);
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const box = await details.boundingBox();
    expect(box!.height).toBeLessThan(60);
    expect(box!.y).toBeLessThan(PHONE.height);
    await details.locator('summary').click();
    await details.getByRole('link', { name: 'HashiCorp Vault' }).click();
    await page.waitForURL(/#hashicorp-vault$/);
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const heading = await page.locator('#hashicorp-vault').boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(0);
    expect(heading!.y).toBeLessThan(PHONE.height / 3);
    await close(page);
  });
});

describe('the "/" shortcut', () => {
  it('focuses the header search box and keeps the scroll position', async () => {
    const page = await open(GUIDE);
    await page.evaluate(() => window.scrollTo(0, document.getElementById('risks')!.offsetTop));
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(2000);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    expect(await page.locator('#site-search-input').isVisible()).toBe(true);
    await close(page);
  });
});

describe('without JavaScript', () => {
  it('a guide shows no control that would do nothing: no tab strip, no copy buttons, no theme toggle', async () => {
    const page = await open(GUIDE, DESKTOP, false);
    const visibleButtons = await page.locator('button, [role="tab"]').evaluateAll((elements) =>
      elements.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.className || e.textContent?.trim()),
    );
    // The search box's submit button works without JavaScript: it sends the form to /search/.
    expect(visibleButtons).toEqual(['search-submit']);
    expect(await page.locator('[role="tablist"]').first().isVisible()).toBe(false);
    expect(await page.locator('.panel-label').first().isVisible()).toBe(true);
    await close(page);
  });

  it('"On this page" is plain links on a wide screen and a working <details> on a phone', async () => {
    const wide = await open(GUIDE, DESKTOP, false);
    await aside(wide).locator('a[href="#risks"]').click();
    await wide.waitForURL(/#risks$/);
    await close(wide);
    const phone = await open(GUIDE, PHONE, false);
    await phone.locator('details.toc summary').click();
    await phone.locator('details.toc a[href="#sources"]').click();
    await phone.waitForURL(/#sources$/);
    await close(phone);
  });
});
