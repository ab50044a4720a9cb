import { describe, expect, it } from 'vitest';
import { headingLinks, secretGuideLinks } from '../../src/lib/on-this-page';
import { GUIDE_SECTIONS } from '../../src/lib/sections';

describe('secretGuideLinks', () => {
  const methods = [
    { id: 'env-vars', title: 'Environment variables' },
    { id: 'aws-secrets-manager', title: 'AWS Secrets Manager' },
  ];

  it('lists every section of the permalink contract, in order', () => {
    expect(secretGuideLinks(methods, undefined).map((link) => link.id)).toEqual(GUIDE_SECTIONS.map((s) => s.id));
  });

  it('puts the retrieval methods under "Stop hard-coding it" and the validity check under its section', () => {
    const links = secretGuideLinks(methods, { id: 'validity-check', title: 'Is it still valid?' });
    const children = (id: string) => links.find((link) => link.id === id)!.children.map((child) => child.id);
    expect(children('prevent-hardcoding')).toEqual(['env-vars', 'aws-secrets-manager']);
    expect(children('check-usage')).toEqual(['validity-check']);
    expect(children('revoke')).toEqual([]);
  });

  it('leaves the validity check out when the guide has none', () => {
    const links = secretGuideLinks(methods, undefined);
    expect(links.find((link) => link.id === 'check-usage')!.children).toEqual([]);
  });
});

describe('headingLinks', () => {
  it('nests each ### under the ## before it and adds the sections that follow the body', () => {
    const links = headingLinks(
      [
        { depth: 2, slug: 'contain', text: 'Contain' },
        { depth: 3, slug: 'who-to-tell', text: 'Who to tell' },
        { depth: 4, slug: 'deep', text: 'Too deep' },
        { depth: 2, slug: 'learn', text: 'Learn' },
      ],
      [{ id: 'sources', title: 'Sources' }],
    );
    expect(links).toEqual([
      { id: 'contain', title: 'Contain', children: [{ id: 'who-to-tell', title: 'Who to tell', children: [] }] },
      { id: 'learn', title: 'Learn', children: [] },
      { id: 'sources', title: 'Sources', children: [] },
    ]);
  });

  it('leaves out a ### that comes before any ##', () => {
    expect(headingLinks([{ depth: 3, slug: 'orphan', text: 'Orphan' }])).toEqual([]);
  });
});
