/**
 * Shared by the browser tests: Debian's Chromium driven by playwright-core, a built site served the way a plain
 * static host serves it (scripts/serve.mjs), and a record of requests that went anywhere but that server.
 */
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { createStaticServer } from '../../../scripts/serve.mjs';
import { joinBase } from '../../../src/lib/urls';
import { siteBuilt } from '../../support/build-site';

// The global setup builds dist/ in the background (test/support/build-site.ts): wait for it before serving it.
await siteBuilt();

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    // No sandbox inside containers; the rest keeps Chromium itself from calling home during tests.
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
  });
}

export interface ServedSite {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  /** The absolute URL of a path inside the site, base included: url('search/?q=x'). */
  url(path?: string): string;
  close(): Promise<void>;
}

/** Serves a built folder on 127.0.0.1 on a free port, under `base` as the site was built for. */
export async function serveSite(root = 'dist', base = '/'): Promise<ServedSite> {
  const server = createStaticServer(root, base);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path = '') => origin + joinBase(base, path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // the browser keeps connections alive
        server.close(() => resolve());
      }),
  };
}

/**
 * Watches every request of every page (and its workers) in the context. `all` shows the watch sees the traffic;
 * `foreign` lists the URLs whose origin is not `origin`, which a test expects to stay empty.
 */
export function watchRequests(context: BrowserContext, origin: string): { all: string[]; foreign: string[] } {
  const seen = { all: [] as string[], foreign: [] as string[] };
  context.on('request', (request) => {
    const url = request.url();
    seen.all.push(url);
    if (new URL(url).origin !== origin) seen.foreign.push(url);
  });
  return seen;
}

export interface BrowserSession {
  site: ServedSite;
  browser: Browser;
  context: BrowserContext;
  requests: ReturnType<typeof watchRequests>;
  close(): Promise<void>;
}

/** What every browser test file starts with: the site served, Chromium launched, one context whose requests are watched. */
export async function openBrowserSession(root = 'dist', base = '/'): Promise<BrowserSession> {
  const site = await serveSite(root, base);
  const browser = await launchChromium();
  const context = await browser.newContext();
  const requests = watchRequests(context, site.origin);
  return {
    site,
    browser,
    context,
    requests,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}
