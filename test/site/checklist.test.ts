/**
 * Links meant for tickets, in the build: each guide's checklist.md (every
 * link resolves, steps in order, the page's button copies the same text) and
 * the one "#" link of every section heading.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSecretGuides } from '../../src/lib/read-guides';
import { CLEAN_UP, RESPONSE_STEPS } from '../../src/lib/ticket-checklist';
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
    const cleanUp = `${root}guides/${CLEAN_UP.guide}/#${CLEAN_UP.anchor}`;
    const steps = RESPONSE_STEPS.map((step) => text.indexOf(`- [ ] [${step.label}](${step.section ? `${page}#${step.section}` : cleanUp})`));
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
    const shown = [...box.matchAll(/<a href="([^"]+)"><strong>([^<]+)<\/strong><\/a>/g)].map((m) => ({ href: m[1], label: m[2] }));
    const cleanUp = `/guides/${CLEAN_UP.guide}/#${CLEAN_UP.anchor}`;
    expect(shown).toEqual(RESPONSE_STEPS.map((s) => ({ href: s.section ? `#${s.section}` : cleanUp, label: s.label })));
  });
});

describe('deep links', () => {
  const guidePages = builtPages().filter((p) => /^\/(secrets|guides)\/[^/]+\/$/.test(p));

  it('the build has guide pages to check', () => {
    expect(guidePages.length).toBeGreaterThan(1);
  });

  // One control per heading: the "#" link, which the site script also makes copy the section's URL.
  it.each(guidePages)('every h2 and h3 with an id on %s has exactly one control, its "#" link', (url) => {
    const html = readPage(url);
    const wrong: string[] = [];
    for (const [heading, id] of html.matchAll(/<h[23]\b[^>]*\sid="([^"]+)"[^>]*>[\s\S]*?<\/h[23]>/g)) {
      const anchors = heading.match(/<a class="heading-anchor" href="#[^"]+"/g) ?? [];
      if (anchors.length !== 1 || anchors[0] !== `<a class="heading-anchor" href="#${id}"` || /<button\b/.test(heading)) wrong.push(id!);
    }
    expect(wrong).toEqual([]);
  });
});
