/**
 * The project type-checks: `astro check` (TypeScript over .ts and .astro files) finds no error, warning or hint. A
 * test rather than a step before the tests, so it runs beside them instead of ahead of them.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { siteBuilt } from './support/build-site';
import { buildEnvironment } from './support/project-copy';

describe('astro check', () => {
  it('finds no error, warning or hint', async () => {
    // Not beside the build: both write Astro's generated types in .astro/.
    await siteBuilt();
    const result = spawnSync('npx', ['astro', 'check'], { encoding: 'utf8', env: buildEnvironment() });
    const output = result.stdout + result.stderr;
    expect(result.status, output).toBe(0);
    expect(output).toMatch(/- 0 errors\s+- 0 warnings\s+- 0 hints/);
  }, 600_000);
});
