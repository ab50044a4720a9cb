import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guideLinks } from '../../src/lib/external-links';
import { readGeneralGuides, readSecretGuides } from '../../src/lib/read-guides';

const GUIDE = `---
id: example
links:
  revoke: https://example.com/yaml-is-not-read-here
---
import Note from './note.astro';

<Section id="revoke">
Open [the token page](https://example.com/tokens) or https://example.com/autolinked, then
<a href="https://example.com/jsx">the JSX link</a> and [a reference][ref]. Not [internal](/guides/x/) or
[mail](mailto:security@example.com).

\`https://example.com/inline-code\`

\`\`\`sh
curl https://example.com/in-a-code-block
\`\`\`
</Section>

[ref]: https://example.com/reference
`;

describe('guideLinks', () => {
  const frontmatter = {
    links: { create: 'https://example.com/new', revoke: 'https://example.com/revoke' },
    sources: [
      { title: 'A', url: 'https://example.com/a' },
      { title: 'B', url: 'https://example.com/b' },
    ],
    verify: {
      method: 'HEAD' as const,
      url: 'https://api.example.com/me',
      auth: { kind: 'bearer' as const },
      headers: {},
      live: '200',
      revoked: '401',
    },
  };
  const { file, links } = guideLinks('content/secrets/example.mdx', GUIDE, frontmatter);

  it('names the guide file', () => {
    expect(file).toBe('content/secrets/example.mdx');
  });

  it('takes provider links, sources and the validity check from the frontmatter, naming each field', () => {
    expect(links.slice(0, 5)).toEqual([
      { url: 'https://example.com/new', where: 'links.create' },
      { url: 'https://example.com/revoke', where: 'links.revoke' },
      { url: 'https://example.com/a', where: 'sources.0' },
      { url: 'https://example.com/b', where: 'sources.1' },
      { url: 'https://api.example.com/me', where: 'verify.url', api: { method: 'HEAD' } },
    ]);
  });

  it('takes every external link the body renders, with its line in the file, and nothing from code', () => {
    expect(links.slice(5)).toEqual([
      { url: 'https://example.com/tokens', where: 'line 9' },
      { url: 'https://example.com/autolinked', where: 'line 9' },
      { url: 'https://example.com/jsx', where: 'line 10' },
      { url: 'https://example.com/reference', where: 'line 20' },
    ]);
    expect(GUIDE.split('\n')[19]).toBe('[ref]: https://example.com/reference');
  });

  it('names the file when the body does not parse', () => {
    expect(() => guideLinks('content/guides/bad.mdx', '---\nslug: bad\n---\n<a href="x">', { sources: [] })).toThrow(
      /^content\/guides\/bad\.mdx: the MDX body does not parse/,
    );
  });
});

describe('the real guides', () => {
  const guides = [...readSecretGuides(), ...readGeneralGuides()];

  it.each(guides.map((g) => [g.file, g] as const))('%s: every frontmatter URL is checked', (path, guide) => {
    const { links } = guideLinks(path, readFileSync(path, 'utf8'), guide.data);
    const expected = [
      ...Object.values('links' in guide.data ? guide.data.links : {}),
      ...guide.data.sources.map((s) => s.url),
      ...('verify' in guide.data && guide.data.verify ? [guide.data.verify.url] : []),
    ];
    expect(links.filter((l) => !l.where.startsWith('line ')).map((l) => l.url)).toEqual(expected);
  });
});
