/**
 * A throwaway copy of the project whose only secret guide is the one given,
 * for tests that must run a real build on bad or hostile input.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function projectWith(guide: string): string {
  const root = mkdtempSync(join(tmpdir(), 'leakfix-build-'));
  for (const path of ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'templates', 'public', 'scripts', 'content/guides']) {
    cpSync(path, join(root, path), { recursive: true });
  }
  mkdirSync(join(root, 'content/secrets'), { recursive: true });
  writeFileSync(join(root, 'content/secrets/example-api-token.mdx'), guide);
  // Link each package, but not node_modules/.astro: Astro caches content there, and copies must not share it.
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync('node_modules')) {
    if (name !== '.astro') symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name));
  }
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist/index.html'), 'previous build');
  return root;
}

export function buildProject(root: string): { status: number | null; output: string } {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, LEAKFIX_BASE: '/' } });
  return { status: result.status, output: result.stdout + result.stderr };
}
