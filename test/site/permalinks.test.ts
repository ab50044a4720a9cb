/**
 * Promise 2: every public URL and anchor in test/permalinks.json keeps
 * resolving. Add new ones with `npm run permalinks`; never delete one: a
 * renamed page gets a redirect (astro.config.mjs `redirects`) instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allIds, fileForUrl, readPage } from '../support/site';

const manifest: Record<string, string[]> = JSON.parse(readFileSync('test/permalinks.json', 'utf8'));

/** A redirect page left by a rename: Astro writes a meta refresh to the new URL. */
function redirectTarget(html: string): string | undefined {
  return /<meta http-equiv="refresh" content="\d+;url=([^"]+)"/.exec(html)?.[1];
}

describe('permalink manifest', () => {
  it('lists the home page and at least one guide', () => {
    expect(Object.keys(manifest)).toContain('/');
    expect(Object.keys(manifest).some((url) => url.startsWith('/secrets/') && url !== '/secrets/')).toBe(true);
  });

  it.each(Object.entries(manifest))('%s resolves with its anchors', (url, anchors) => {
    expect(existsSync(fileForUrl(url)), `${url} is missing from the build`).toBe(true);
    let html = readPage(url);
    const moved = redirectTarget(html);
    if (moved) html = readPage(new URL(moved, `http://site${url}`).pathname);
    const ids = allIds(html);
    expect(anchors.filter((anchor) => !ids.has(anchor))).toEqual([]);
  });
});
