/**
 * Go: Debian's Go in GOPATH mode (no module proxy is reachable here), with
 * Debian's aws-sdk-go-v2 under /usr/share/gocode and, ahead of it, the stubs
 * in test/stubs/go for packages Debian lacks. One `go vet` and one
 * `go build` cover every program; the build cache outlives the run, so the
 * SDK compiles once per machine rather than once per run.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { run, toolchainEnv } from '../process';
import { checkInBatch, STUBS_DIR, stubbedPackages, type CheckOutcome, type LanguageAdapter, type Program } from './adapter';

const GO_ENV = {
  GO111MODULE: 'off',
  GOFLAGS: '',
  GOPATH: `${join(STUBS_DIR, 'go')}:/usr/share/gocode`,
  GOCACHE: join(tmpdir(), 'leakfix-go-build-cache'),
};
const STUBBED = stubbedPackages('go', 'src');
const binary = (program: Program) => join(program.dir, 'program');
const importsStub = (program: Program) => STUBBED.some((path) => program.source.includes(`"${path}"`));

async function vetAndBuild(programs: Program[]): Promise<CheckOutcome> {
  // Packages outside GOPATH are named by relative paths ("./x", "../y").
  const cwd = dirname(programs[0]!.dir);
  const packages = programs.map((program) => {
    const path = relative(cwd, program.dir) || '.';
    return path.startsWith('.') ? path : `./${path}`;
  });
  const options = { env: toolchainEnv(GO_ENV), cwd, timeoutMs: 300_000 };
  const vet = await run('go', ['vet', ...packages], options);
  if (vet.code !== 0) return { ok: false, output: vet.stderr + vet.stdout };
  // With several packages, -o must be a folder; each binary is named after its package folder.
  // Leaving out the symbol table and DWARF (-s -w) links several times faster and changes no behaviour.
  const out = mkdtempSync(join(cwd, '.go-bin-'));
  try {
    const build = await run('go', ['build', '-ldflags=-s -w', '-o', `${out}/`, ...packages], options);
    if (build.code !== 0) return { ok: false, output: build.stderr + build.stdout };
    for (const program of programs) renameSync(join(out, basename(program.dir)), binary(program));
    return { ok: true, output: '' };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export const go: LanguageAdapter = {
  check(programs) {
    mkdirSync(GO_ENV.GOCACHE, { recursive: true });
    for (const program of programs) writeFileSync(join(program.dir, 'main.go'), program.source);
    return checkInBatch(programs, vetAndBuild, (program) => (importsStub(program) ? 'compiled-against-stub' : 'compiled'));
  },
  command: (program) => ({ command: binary(program), args: [] }),
};
