/**
 * The not-found page in Chromium: a /go/ link that Leakfix does not know says which scanner and id it did not
 * recognise, with a search for the id; without JavaScript the page still explains scanner links.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserSession, type BrowserSession } from './support/browser';

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowserSession();
});

afterAll(async () => {
  await session?.close();
});

async function messageAt(path: string, javaScriptEnabled = true) {
  const context = await session.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  // goto waits for the load event, after which the site's module script has run.
  const response = await page.goto(session.site.url(path));
  const message = page.locator('[data-unknown-scanner-message]');
  const count = await message.count();
  const text = count > 0 ? await message.textContent() : null;
  const search = count > 0 ? await message.locator('a').getAttribute('href') : null;
  const explanation = await page.locator('[data-unknown-scanner-link]').textContent();
  await context.close();
  return { status: response?.status(), text, search, explanation, count };
}

describe('the not-found page for an unknown scanner link', () => {
  it('names the scanner and the id it does not recognise, and searches for the id', async () => {
    const result = await messageAt('go/gitleaks/my-custom-rule/');
    expect(result.status).toBe(404);
    expect(result.text).toContain('Leakfix does not recognise the gitleaks id my-custom-rule');
    expect(result.search).toBe(new URL(session.site.url('search/?q=my-custom-rule')).pathname + '?q=my-custom-rule');
  });

  it('says when the scanner itself is unknown, and which scanners there are', async () => {
    const result = await messageAt('go/semgrep/generic-secret/');
    expect(result.text).toContain('Leakfix does not recognise the scanner semgrep');
    expect(result.text).toContain('/go/gitleaks/, /go/trufflehog/, /go/github/');
  });

  it('says nothing extra on any other missing page', async () => {
    expect((await messageAt('no/such/page/')).count).toBe(0);
  });

  it('explains scanner links without JavaScript', async () => {
    const result = await messageAt('go/gitleaks/my-custom-rule/', false);
    expect(result.count).toBe(0);
    expect(result.explanation).toContain('/go/<scanner>/<id>/');
  });
});
