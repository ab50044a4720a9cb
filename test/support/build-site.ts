/**
 * Vitest global setup: builds the site exactly as `npm run build` does, once
 * per test run, so the tests check what would be published. The build runs
 * in the background: tests that never read dist/ (the snippet verification,
 * the heaviest) start at once and use the core the build leaves idle, while
 * every test that reads dist/ first waits for siteBuilt() (support/site.ts
 * and e2e/support/browser.ts call it as they load). Set LEAKFIX_SKIP_BUILD=1
 * to reuse an existing dist/ while iterating.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildEnvironment } from './project-copy';

/** Written when the build ends: its exit code and what it printed on stderr. */
const STATUS_FILE = 'test/.tmp/site-build.json';
const skipBuild = () => process.env.LEAKFIX_SKIP_BUILD === '1' && existsSync('dist/index.html');

interface BuildStatus {
  code: number | null;
  seconds: number;
  stderr: string;
}

export default function setup(): (() => void) | undefined {
  if (skipBuild()) return undefined;
  mkdirSync('test/.tmp', { recursive: true });
  rmSync(STATUS_FILE, { force: true });
  const started = Date.now();
  const build = spawn('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'pipe'], env: buildEnvironment() });
  let stderr = '';
  build.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  build.on('close', (code) => {
    const status: BuildStatus = { code, seconds: (Date.now() - started) / 1000, stderr };
    writeFileSync(STATUS_FILE, JSON.stringify(status));
    if (code === 0) console.log(`site built for the tests in ${status.seconds.toFixed(1)} s`);
  });
  // A run that ends early (every test filtered out, say) leaves no build behind.
  return () => {
    if (build.exitCode === null) build.kill();
  };
}

/**
 * Resolves once the global setup's build has finished; fails, with the build's own words, if it failed. Outside a
 * test run (the scripts that read dist/, such as `npm run permalinks`) there is no build to wait for.
 */
export async function siteBuilt(): Promise<void> {
  if (!process.env.VITEST || skipBuild()) return;
  while (!existsSync(STATUS_FILE)) await sleep(250);
  const status = JSON.parse(readFileSync(STATUS_FILE, 'utf8')) as BuildStatus;
  if (status.code !== 0) throw new Error(`the site build for the tests failed (exit ${status.code}):\n${status.stderr}`);
}
