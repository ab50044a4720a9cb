/**
 * Throwaway copies of the project with one or a few secret guides, for tests
 * that must run a real build: on bad or hostile input, or configured another
 * way. The real general guides link to secret guides a copy does not have,
 * so a copy gets a fixture general guide instead.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function projectWith(guide: string): string {
  const root = copyProject();
  writeFileSync(join(root, 'content/secrets/example-api-token.mdx'), guide);
  writeSampleScannerData(join(root, 'content/scanners'));
  return root;
}

/**
 * A copy whose secret guides are the real ones named, with the real scanner data: a build of a few guides instead
 * of the whole catalog, for a test that needs a real guide built another way (under a base path, say).
 */
export function projectWithGuides(ids: string[]): string {
  const root = copyProject();
  for (const id of ids) cpSync(`content/secrets/${id}.mdx`, join(root, `content/secrets/${id}.mdx`));
  cpSync('content/scanners', join(root, 'content/scanners'), { recursive: true });
  return root;
}

function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'leakfix-build-'));
  for (const path of ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'templates', 'public', 'scripts']) {
    cpSync(path, join(root, path), { recursive: true });
  }
  mkdirSync(join(root, 'content/secrets'), { recursive: true });
  cpSync('test/fixtures/guides', join(root, 'content/guides'), { recursive: true });
  // Link each package, but not node_modules/.astro: Astro caches content there, and copies must not share it.
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync('node_modules')) {
    if (name !== '.astro') symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name));
  }
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist/index.html'), 'previous build');
  return root;
}

/** The build date of every test build, so no page a test reads depends on the day the tests run. */
export const TEST_BUILD_DATE = '2027-01-15';

/**
 * The first few ids of each real scanner data file: a copy then builds a handful of /go/ pages instead of 2,500,
 * and its scanner data is still in the real layout.
 */
function writeSampleScannerData(folder: string): void {
  mkdirSync(folder, { recursive: true });
  const lists: Record<string, string[]> = {
    'gitleaks.json': ['rules'],
    'trufflehog.json': ['detectors'],
    'github-secret-scanning.json': ['patterns', 'nonProviderPatterns'],
  };
  for (const [name, keys] of Object.entries(lists)) {
    const data = JSON.parse(readFileSync(join('content/scanners', name), 'utf8'));
    for (const key of keys) data[key] = data[key].slice(0, 5);
    writeFileSync(join(folder, name), JSON.stringify(data));
  }
}

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

/** A whole build of a project copy: generous, since a shared 2-core machine can take minutes under load. */
export const PROJECT_BUILD_TIMEOUT = 300_000;

export function buildProject(root: string, extra: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8', env: buildEnvironment(extra) });
  return { status: result.status, output: result.stdout + result.stderr };
}
