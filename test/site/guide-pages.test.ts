/** Every secret page carries the permalink contract: every anchor, in order. */
import { describe, expect, it } from 'vitest';
import { GUIDE_SECTIONS } from '../../src/lib/sections';
import { loadRetrievalMethods } from '../../src/generator';
import { readSecretGuides } from '../../src/lib/read-guides';
import { headingIds, readPage } from '../support/site';

const guides = readSecretGuides();
const methodIds = loadRetrievalMethods().map((m) => m.id);

describe.each(guides.map((g) => g.data.id))('/secrets/%s/', (id) => {
  const html = readPage(`/secrets/${id}/`);
  const headings = headingIds(html);

  it('has every section anchor of the contract, in order', () => {
    const sections = headings.filter((h) => GUIDE_SECTIONS.some((s) => s.id === h));
    expect(sections).toEqual(GUIDE_SECTIONS.map((s) => s.id));
  });

  it('has a sub-section per retrieval method inside #prevent-hardcoding, in order', () => {
    const start = headings.indexOf('prevent-hardcoding');
    const end = headings.indexOf('best-practices');
    expect(headings.slice(start + 1, end).filter((h) => methodIds.includes(h))).toEqual(methodIds);
  });

  it('offers a visible link on every section heading', () => {
    for (const section of GUIDE_SECTIONS) {
      expect(html).toMatch(new RegExp(`<h2 id="${section.id}"[^>]*>[\\s\\S]*?<a class="heading-anchor" href="#${section.id}"`));
    }
  });

  it('renders all 20 snippets, each with install, reads and a Verified line', () => {
    expect(html.match(/class="tabpanel"/g)?.length).toBe(20);
    expect(html.match(/<p class="verified">/g)?.length).toBe(20);
  });
});
