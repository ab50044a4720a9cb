/**
 * Links meant for tickets, in the build: each guide's checklist.md (every
 * link resolves, steps in order, the page's button copies the same text) and
 * the copy-link button of every section heading.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSecretGuides } from '../../src/lib/read-guides';
import { RESPONSE_STEPS } from '../../src/lib/ticket-checklist';
import { problemWith, siteRoot } from '../support/built-urls';
import { builtPages, hrefs, readPage } from '../support/site';

const ids = readSecretGuides().map((g) => g.data.id);
const root = siteRoot();

const decode = (text: string) =>
  text.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe.each(ids)('/secrets/%s/checklist.md', (id) => {
  const file = `dist/secrets/${id}/checklist.md`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const page = `${root}secrets/${id}/`;

  it('is built', () => {
    expect(text, `${file} is missing`).not.toBe('');
  });

  it('links to pages and anchors that exist in the build', () => {
    const urls = [...text.matchAll(/https?:\/\/[^\s)]+/g)].map((m) => m[0]).filter((url) => url.startsWith(root));
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.map((url) => problemWith(url, root)).filter(Boolean)).toEqual([]);
  });

  it('lists the first-response steps in order, as tasks', () => {
    const steps = RESPONSE_STEPS.map((step) => text.indexOf(`- [ ] [${step.label}](${page}#${step.section})`));
    expect(steps.every((at) => at >= 0)).toBe(true);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });

  it('is what the page copies, and the page links to it for readers without JavaScript', () => {
    const html = readPage(`/secrets/${id}/`);
    const attribute = /data-ticket-copy="([^"]*)"/.exec(html)?.[1];
    expect(attribute && decode(attribute)).toBe(text);
    expect(html).toMatch(/<button type="button" class="ticket-button" data-ticket-copy="[^"]*" hidden>/);
    expect(hrefs(html)).toContain(`/secrets/${id}/checklist.md`);
  });

  it('uses the step names of the first-response box', () => {
    const box = /<section class="first-response"[\s\S]*?<\/ol>/.exec(readPage(`/secrets/${id}/`))?.[0] ?? '';
    const shown = [...box.matchAll(/<a href="#([a-z-]+)"><strong>([^<]+)<\/strong><\/a>/g)].map((m) => ({ section: m[1], label: m[2] }));
    expect(shown).toEqual(RESPONSE_STEPS.map((s) => ({ section: s.section, label: s.label })));
  });
});

describe('deep links', () => {
  const guidePages = builtPages().filter((p) => /^\/(secrets|guides)\/[^/]+\/$/.test(p));

  it('the build has guide pages to check', () => {
    expect(guidePages.length).toBeGreaterThan(1);
  });

  // Every heading with a "#" link gets the button; on guides, every h2 and h3 with an id has both.
  it.each(builtPages())('every heading with a "#" link on %s has a copy-link button', (url) => {
    const html = readPage(url);
    const guide = guidePages.includes(url);
    const missing: string[] = [];
    for (const [heading, id] of html.matchAll(/<h[23]\b[^>]*\sid="([^"]+)"[^>]*>[\s\S]*?<\/h[23]>/g)) {
      const anchor = heading.includes(`<a class="heading-anchor" href="#${id}"`);
      const button = new RegExp(
        `<button type="button" class="copy-link" data-copy-link="${id}" data-pagefind-ignore(?:="[^"]*")? hidden aria-label="Copy link to section: [^"]+">`,
      ).test(heading);
      if ((anchor || guide) && !(anchor && button)) missing.push(id!);
    }
    expect(missing).toEqual([]);
  });
});
