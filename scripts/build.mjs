#!/usr/bin/env node
// Builds the site into a staging folder, indexes it with Pagefind, and only
// then replaces dist/: a build that fails anywhere publishes nothing half-built.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const OUT = process.env.LEAKFIX_OUT_DIR ?? 'dist';
// Beside the output folder, so the final rename stays on one file system; per process, so builds never collide.
const STAGING = `${OUT.replace(/\/+$/, '')}.staging-${process.pid}`;

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    rmSync(STAGING, { recursive: true, force: true });
    console.error(`\nBuild failed: ${[command, ...args].join(' ')} exited with ${result.status ?? result.signal}. ${OUT}/ was left unchanged.`);
    process.exit(1);
  }
}

const started = Date.now();
rmSync(STAGING, { recursive: true, force: true });
run('npx', ['astro', 'build', '--silent'], { LEAKFIX_STAGING_DIR: STAGING });
// Pagefind indexes each guide's <article data-pagefind-body>, except: the "#" heading links and copy buttons (they
// would show up in section titles and excerpts); the generated snippets and the summaries of their retrieval methods,
// the same on every guide, which would grow the index and match every guide alike (the method headings stay, as
// sections to land on); the list of sources, whose titles ("… (CircleCI documentation)") would make Sources the
// best-matching section of almost any search.
const notContent = ['.heading-anchor', '.copy-button', '[data-tabs]', '.method > p', '.source-list'];
run('npx', ['pagefind', '--site', STAGING, '--silent', ...notContent.flatMap((selector) => ['--exclude-selectors', selector])]);
if (existsSync(OUT)) rmSync(OUT, { recursive: true, force: true });
renameSync(STAGING, OUT);
console.log(`Built ${OUT}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
