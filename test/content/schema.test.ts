/** Promise 5: broken frontmatter fails with one message naming the file, the field and what was expected. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeneralGuides, readSecretGuides } from '../../src/lib/read-guides';
import { BAD_FRONTMATTER } from '../fixtures/bad-frontmatter';

const FIXTURE = readFileSync('test/fixtures/secrets/example-api-token.mdx', 'utf8');

function guidesFolderWith(text: string, name = 'example-api-token.mdx'): string {
  const root = mkdtempSync(join(tmpdir(), 'leakfix-schema-'));
  mkdirSync(join(root, 'content/secrets'), { recursive: true });
  writeFileSync(join(root, 'content/secrets', name), text);
  return root;
}

describe('secret guide frontmatter', () => {
  it('accepts every published guide', () => {
    const guides = readSecretGuides();
    expect(guides.length).toBeGreaterThan(0);
    for (const guide of guides) expect(guide.data.id).toBe(guide.file.replace(/^content\/secrets\/|\.mdx$/g, ''));
  });

  it('accepts the valid fixture', () => {
    expect(readSecretGuides(guidesFolderWith(FIXTURE))[0]!.data.name).toBe('Example API token');
  });

  it.each(BAD_FRONTMATTER)('rejects $name, naming the file and "$field"', ({ edit, field }) => {
    const [, frontmatter, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(FIXTURE)!;
    const root = guidesFolderWith(edit(frontmatter!) + body);
    expect(() => readSecretGuides(root)).toThrow(
      expect.objectContaining({ message: expect.stringContaining('content/secrets/example-api-token.mdx') }),
    );
    expect(() => readSecretGuides(root)).toThrow(new RegExp(`"?${field.replace(/\./g, '\\.')}"?`));
  });

  it('rejects a file without frontmatter', () => {
    expect(() => readSecretGuides(guidesFolderWith('# no frontmatter\n'))).toThrow(/example-api-token\.mdx.*"---"/);
  });
});

describe('general guide frontmatter', () => {
  it('accepts every published general guide, each with at least one source', () => {
    const guides = readGeneralGuides();
    expect(guides.length).toBeGreaterThan(0);
    for (const guide of guides) {
      expect(guide.data.slug).toBe(guide.file.replace(/^content\/guides\/|\.mdx$/g, ''));
      expect(guide.data.sources.length, guide.file).toBeGreaterThan(0);
    }
  });
});
