/**
 * `npm run bench:build`: builds synthetic catalogs of 100, 300 and 1,000
 * secret guides (each with all 20 snippets) in temporary copies of the
 * project, and prints wall time, peak memory and output size per guide.
 * Sizes can be chosen: `npm run bench:build -- 50 100`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnvironment, projectWith } from '../test/support/project-copy';

const FIXTURE = readFileSync('test/fixtures/secrets/example-api-token.mdx', 'utf8');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return sum + (stat.isDirectory() ? folderBytes(path) : stat.size);
  }, 0);
}

function syntheticCatalog(count: number): string {
  const root = projectWith(FIXTURE);
  rmSync(join(root, 'content/secrets/example-api-token.mdx'));
  for (let i = 1; i <= count; i++) {
    const id = `synthetic-token-${i}`;
    const guide = FIXTURE.replace('id: example-api-token', `id: ${id}`)
      .replace('name: Example API token', `name: Synthetic token ${i}`)
      .replace('identifier: example-token', `identifier: synthetic-token-${i}`)
      .replace('envVar: EXAMPLE_TOKEN', `envVar: SYNTHETIC_TOKEN_${i}`);
    writeFileSync(join(root, `content/secrets/${id}.mdx`), guide);
  }
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  return root;
}

const rows: string[] = [];
for (const count of sizes.length > 0 ? sizes : [100, 300, 1000]) {
  const root = syntheticCatalog(count);
  // GNU time reports the peak resident memory of the whole build (Astro and Pagefind).
  const timed = existsSync('/usr/bin/time');
  const command = timed ? ['/usr/bin/time', ['-f', 'peak-rss-kb=%M', 'npm', 'run', '--silent', 'build']] : ['npm', ['run', '--silent', 'build']];
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0] as string, command[1] as string[], { cwd: root, encoding: 'utf8', env: buildEnvironment() });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`build of ${count} guides failed:\n${result.stderr.slice(-2000)}`);
  const peakKb = Number(/peak-rss-kb=(\d+)/.exec(result.stderr)?.[1] ?? NaN);
  const bytes = folderBytes(join(root, 'dist'));
  rows.push(
    `| ${count} | ${seconds.toFixed(1)} | ${((seconds / count) * 1000).toFixed(0)} | ${(peakKb / 1024).toFixed(0)} | ${(bytes / 1024 / 1024).toFixed(1)} | ${(bytes / count / 1024).toFixed(0)} |`,
  );
  console.log(rows.at(-1));
  rmSync(root, { recursive: true, force: true });
}
console.log(
  ['', '| guides | wall time (s) | ms per guide | peak memory (MB) | output (MB) | KB per guide |', '| ---: | ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n'),
);
