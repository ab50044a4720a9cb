/**
 * Vitest global setup: builds the site exactly as `npm run build` does, once
 * per test run, so the tests check what would be published. Set
 * LEAKFIX_SKIP_BUILD=1 to reuse an existing dist/ while iterating.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildEnvironment } from './project-copy';

export default function setup(): void {
  if (process.env.LEAKFIX_SKIP_BUILD === '1' && existsSync('dist/index.html')) return;
  const started = Date.now();
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: buildEnvironment() });
  console.log(`site built for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
