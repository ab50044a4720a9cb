#!/usr/bin/env node
// Builds the site into a staging folder, indexes it with Pagefind, and only
// then replaces the output folder (dist/ unless LEAKFIX_OUT_DIR says
// otherwise): a build that fails anywhere publishes nothing half-built.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';

const OUT = process.env.LEAKFIX_OUT_DIR ?? 'dist';
// Inside the project, where Astro's intermediate server chunks can resolve node_modules; per process, so builds never collide.
const STAGING = `.staging-${process.pid}`;

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    rmSync(STAGING, { recursive: true, force: true });
    console.error(`\nBuild failed: ${[command, ...args].join(' ')} exited with ${result.status ?? result.signal}. ${OUT}/ was left unchanged.`);
    process.exit(1);
  }
}

function replaceOutput() {
  if (existsSync(OUT)) rmSync(OUT, { recursive: true, force: true });
  try {
    renameSync(STAGING, OUT);
  } catch (error) {
    if (error.code !== 'EXDEV') throw error;
    cpSync(STAGING, OUT, { recursive: true }); // another file system
    rmSync(STAGING, { recursive: true, force: true });
  }
}

const started = Date.now();
rmSync(STAGING, { recursive: true, force: true });
run('npx', ['astro', 'build', '--silent'], { LEAKFIX_STAGING_DIR: STAGING });
// Pagefind indexes each guide's <article data-pagefind-body>, except: the "#" heading links and copy buttons (they
// would show up in section titles and excerpts); the "On this page" list, which repeats every heading; the generated snippets and the summaries of their retrieval methods,
// the same on every guide, which would grow the index and match every guide alike (the method headings stay, as
// sections to land on); the list of sources, whose titles ("… (CircleCI documentation)") would make Sources the
// best-matching section of almost any search.
const notContent = ['.heading-anchor', '.copy-button', '.toc', '[data-tabs]', '.method > p', '.source-list'];
run('npx', ['pagefind', '--site', STAGING, '--silent', ...notContent.flatMap((selector) => ['--exclude-selectors', selector])]);
// Pagefind also writes its own UI bundles; the site uses its own search UI over pagefind.js, so they would only be dead weight.
for (const name of readdirSync(`${STAGING}/pagefind`)) {
  if (/^pagefind-(?:component-ui|modular-ui|ui|highlight)\./.test(name)) rmSync(`${STAGING}/pagefind/${name}`);
}
replaceOutput();
console.log(`Built ${OUT}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
