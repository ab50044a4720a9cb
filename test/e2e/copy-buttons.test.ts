/**
 * The copy buttons in a real browser, against dist/ as built by the global
 * setup: a section's "#" link that also copies its URL (keyboard, clipboard,
 * live region), on a page-rendered heading and a Markdown one, "Copy as ticket checklist", and
 * what a reader without JavaScript gets instead.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteRoot } from '../support/built-urls';
import { openBrowserSession, watchRequests, type BrowserSession, type ServedSite } from './support/browser';

const GUIDE = 'secrets/circleci-personal-api-token/';

let site: ServedSite;
let browser: Browser;
let context: BrowserContext;
let requests: ReturnType<typeof watchRequests>;

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowserSession();
  ({ site, browser, context, requests } = session);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
});

afterAll(async () => {
  await session?.close();
});

async function openGuide(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.url(GUIDE));
  return page;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const announced = (page: Page, text: string) => page.locator('[role="status"]', { hasText: text }).waitFor({ state: 'attached' });

describe('the "#" link after each heading', () => {
  it('goes to the section and copies its absolute URL, from the keyboard', async () => {
    const page = await openGuide();
    await page.focus('a.heading-anchor[href="#revoke"]');
    await page.keyboard.press('Enter');
    await announced(page, 'Link to the section copied');
    expect(await clipboard(page)).toBe(`${siteRoot()}${GUIDE}#revoke`);
    expect(new URL(page.url()).hash).toBe('#revoke');
    await page.close();
  });

  it('works on Markdown headings too', async () => {
    const page = await openGuide();
    await page.click('a.heading-anchor[href="#who-to-tell"]', { force: true });
    await announced(page, 'Link to the section copied');
    expect(await clipboard(page)).toBe(`${siteRoot()}${GUIDE}#who-to-tell`);
    await page.close();
  });

  it('is the only control of a heading, shown when the heading is hovered or the link focused', async () => {
    const page = await openGuide();
    const heading = page.locator('h2#revoke');
    const opacity = () => heading.locator('.heading-anchor').evaluate((a) => getComputedStyle(a).opacity);
    expect(await heading.locator('a, button').count()).toBe(1);
    await page.mouse.move(0, 0);
    expect(await opacity()).toBe('0');
    await heading.hover();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('#revoke .heading-anchor')!).opacity === '1');
    await page.close();
  });
});

describe('Copy as ticket checklist', () => {
  it('copies the same text as checklist.md, in one click, and says so', async () => {
    const page = await openGuide();
    const button = page.getByRole('button', { name: 'Copy as ticket checklist' });
    await button.click();
    await announced(page, 'Ticket checklist copied');
    expect(await clipboard(page)).toBe(readFileSync(`dist/${GUIDE}checklist.md`, 'utf8'));
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('shows no copy buttons, and links to checklist.md instead', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(site.url(GUIDE));
    expect(await page.locator('button[data-copy]').first().isVisible()).toBe(false);
    expect(await page.locator('button[data-ticket-copy]').isVisible()).toBe(false);
    const link = page.getByRole('link', { name: 'Open the checklist as Markdown' });
    expect(await link.isVisible()).toBe(true);
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, site.origin).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('- [ ] [Revoke and rotate]');
    await noScript.close();
  });
});

describe('requests', () => {
  it('went only to the site', () => {
    expect(requests.all.length).toBeGreaterThan(0);
    expect(requests.foreign).toEqual([]);
  });
});
