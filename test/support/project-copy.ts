/**
 * A throwaway copy of the project whose only secret guide is the one given,
 * for tests that must run a real build on bad or hostile input. The real
 * general guides link to secret guides the copy does not have, so it gets a
 * fixture general guide instead.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function projectWith(guide: string): string {
  const root = mkdtempSync(join(tmpdir(), 'leakfix-build-'));
  for (const path of ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'templates', 'public', 'scripts']) {
    cpSync(path, join(root, path), { recursive: true });
  }
  mkdirSync(join(root, 'content/secrets'), { recursive: true });
  cpSync('test/fixtures/guides', join(root, 'content/guides'), { recursive: true });
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

/** For a test that builds a copy of the project (to success or to its failure): on two busy shared cores that can take minutes. */
export const FULL_BUILD_TIMEOUT = 240_000;

/** The build date of every test build, so no page a test reads depends on the day the tests run. */
export const TEST_BUILD_DATE = '2027-01-15';

/**
 * The environment for a build started from a test. Vitest sets Vite's own
 * variables (BASE_URL, MODE, NODE_ENV…) in its workers; a build that
 * inherited them would render links for the wrong base.
 */
export function buildEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'ASSETS_PREFIX', 'SITE']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name.startsWith('VITE_')) delete env[name];
  return { ...env, LEAKFIX_BASE: '/', LEAKFIX_BUILD_DATE: TEST_BUILD_DATE, ...extra };
}

export function buildProject(root: string, extra: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8', env: buildEnvironment(extra) });
  return { status: result.status, output: result.stdout + result.stderr };
}
