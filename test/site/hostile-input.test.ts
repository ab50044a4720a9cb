/**
 * Frontmatter values are data, never markup or code: a hostile name renders
 * as inert text, and a javascript: URL is rejected before anything is built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject, PROJECT_BUILD_TIMEOUT, projectWith } from '../support/project-copy';

const FIXTURE = readFileSync('test/fixtures/secrets/example-api-token.mdx', 'utf8');
const PAYLOAD = '<script>alert(1)</script><img src=x onerror=alert(2)>';

describe('hostile frontmatter', () => {
  it.concurrent('a name and summary with markup render as text', () => {
    const hostile = FIXTURE.replace('name: Example API token', `name: '${PAYLOAD}'`).replace(
      /^summary: .*$/m,
      `summary: '"><svg onload=alert(3)> a fixture guide'`,
    );
    const root = projectWith(hostile);
    const { status, output } = buildProject(root);
    expect(status, output).toBe(0);
    const page = readFileSync(join(root, 'dist/secrets/example-api-token/index.html'), 'utf8');
    // Inside a double-quoted attribute "<" is inert text; markup that broke out of one would remain after this.
    const html = page.replace(/="[^"]*"/g, '=""');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toMatch(/<img src=x/);
    expect(html).not.toMatch(/<svg onload/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  }, PROJECT_BUILD_TIMEOUT);

  it.concurrent('a javascript: URL is rejected, naming the file and the field', () => {
    const root = projectWith(FIXTURE.replace('revoke: https://example.com/settings/tokens', 'revoke: "javascript:alert(1)"'));
    const { status, output } = buildProject(root);
    expect(status).not.toBe(0);
    expect(output).toContain('Invalid frontmatter in content/secrets/example-api-token.mdx');
    expect(output).toContain('"links.revoke" must be');
  }, PROJECT_BUILD_TIMEOUT);
});
