/** No internal link or anchor in the build points at nothing. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allIds, builtPages, fileForUrl, hrefs, readPage } from '../support/site';

describe('internal links', () => {
  const pages = builtPages();

  it('the build has pages', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/404.html');
  });

  it.each(pages)('every link on %s resolves, anchor included', (page) => {
    const broken: string[] = [];
    const html = readPage(page);
    for (const href of hrefs(html)) {
      if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue; // external, mailto:
      const target = new URL(href, `http://site${page}`);
      const file = fileForUrl(target.pathname);
      if (!existsSync(file)) {
        broken.push(`${href} (no ${file})`);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && !allIds(readPage(target.pathname)).has(anchor)) broken.push(`${href} (no id "${anchor}")`);
    }
    expect(broken).toEqual([]);
  });
});
