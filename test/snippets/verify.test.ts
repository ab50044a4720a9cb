/**
 * Verifies every program a guide shows, for every secret guide × retrieval
 * method × language: the real toolchain checks it (batched per language);
 * where method.json claims "executed", it runs against a local emulator that
 * holds a fake secret, once to succeed and (for the first guide) once to fail
 * and once per edge case of its method (backends.ts): the edge cases exercise
 * the template, which every guide shares, so they run once per template and
 * the run's time grows with guides only by their one successful run each.
 * Every template is also verified once with the unusual but valid names of
 * test/fixtures/unusual-parameters.ts, what a reader may type into "Use your
 * names". The level its method.json claims must be the level reached here.
 * A missing toolchain fails the run: CI installs them all.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRetrievalMethods, renderSnippet, resolveSnippetParameters, withOverrides, type SnippetContext } from '../../src/generator';
import { readSecretGuides } from '../../src/lib/read-guides';
import { UNUSUAL_PARAMETERS } from '../fixtures/unusual-parameters';
import { ADAPTERS, type CheckResult, type Program } from './adapters/index';
import { BACKENDS, PROGRAM_TIMEOUT_SECONDS, type Backend, type Expectation } from './backends';
import { VerificationMatrix, type AchievedLevel } from './matrix';
import { run, type RunResult } from './process';
import { unsafeCode } from './static-checks';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MATRIX_FILE = fileURLToPath(new URL('verification-matrix.md', import.meta.url));
const SECRET_PREFIX = 'leakfix-test-secret-';

interface Guide {
  id: string;
  context: SnippetContext;
}

function loadGuides(): Guide[] {
  const guides = readSecretGuides(ROOT).map(({ file, data }) => ({
    id: data.id,
    context: resolveSnippetParameters(file, data.id, data.snippet, data.name),
  }));
  if (guides.length === 0) throw new Error('content/secrets/ holds no guide: nothing to verify');
  const unusual = {
    id: 'unusual-parameters',
    context: resolveSnippetParameters('test/fixtures/unusual-parameters.ts', 'unusual-parameters', withOverrides({}, UNUSUAL_PARAMETERS)),
  };
  return [...guides, unusual];
}

const methods = loadRetrievalMethods();
const guides = loadGuides();
const workRoot = mkdtempSync(join(tmpdir(), 'leakfix-snippets-'));
// An empty home: no ~/.aws, ~/.vault-token or other local configuration reaches a program.
const emptyHome = join(workRoot, 'home');
mkdirSync(emptyHome);

const programs = new Map<string, Program>();
for (const guide of guides) {
  for (const method of methods) {
    for (const { language } of method.languages) {
      const key = `${guide.id}.${method.id}`;
      const dir = join(workRoot, language, key);
      mkdirSync(dir, { recursive: true });
      programs.set(`${language}/${key}`, { key, dir, source: renderSnippet(methods, guide.context, method.id, language) });
    }
  }
}
const programFor = (guide: Guide, methodId: string, language: string) => programs.get(`${language}/${guide.id}.${methodId}`)!;

const checks = new Map<string, CheckResult>();
const timings = new Map<string, { checkMs: number; runs: number; runMs: number }>();
const matrix = new VerificationMatrix();

async function runProgram(language: string, program: Program, env: Record<string, string>): Promise<RunResult> {
  const { command, args } = ADAPTERS[language]!.command(program);
  // Only what a deployment would set: the backend's variables, a PATH and an empty home.
  const result = await run(command, args, { env: { PATH: process.env.PATH, HOME: emptyHome, LANG: 'C.UTF-8', ...env }, cwd: program.dir });
  const timing = timings.get(language)!;
  timing.runs++;
  timing.runMs += result.ms;
  return result;
}

function expectNoSecret(result: RunResult, secret: string): void {
  const output = result.stdout + result.stderr;
  const leaked = output.includes(secret) || output.includes(secret.slice(SECRET_PREFIX.length));
  expect(leaked, `the secret value appears in the program's output:\n${output}`).toBe(false);
}

/** Stack traces as Python, Node, the JVM, Go and Ruby print them. */
const STACK_TRACE = /Traceback \(most recent call last\)|^\s+at .+[(:]|^goroutine \d+|^\s*from .+\.rb:\d+|\.rb:\d+:in /m;

/** The program ran to its end and said so in one line: exit code 0 with the length, or one "error:" line. */
function expectOutcome(result: RunResult, label: string, expected: Expectation): void {
  const output = result.stdout + result.stderr;
  if ('length' in expected) {
    expect(result.code, output).toBe(0);
    const reported = result.stdout.split('\n').some((line) => line.includes(label) && line.includes(String(expected.length)));
    expect(reported, `no line of stdout names the label and the length ${expected.length}:\n${output}`).toBe(true);
    return;
  }
  expect(result.code, `exit code of a run that must fail (null: killed by the harness):\n${output}`).not.toBe(0);
  expect(result.code, `the program did not end by itself:\n${output}`).not.toBeNull();
  expect(output).toMatch(expected.failure);
  expect(output, 'a stack trace instead of one clean line').not.toMatch(STACK_TRACE);
  const errorLines = result.stderr.split('\n').filter((line) => line.trim() !== '');
  expect(errorLines, 'stderr holds exactly one line, starting "error:"').toEqual([expect.stringMatching(/^error: /)]);
}

beforeAll(async () => {
  const languages = [...new Set(methods.flatMap((m) => m.languages.map((l) => l.language)))];
  const missing = languages.filter((language) => !ADAPTERS[language]);
  if (missing.length > 0) throw new Error(`No verification adapter for ${missing.join(', ')}: add test/snippets/adapters/<language>.ts`);
  // All languages at once: most toolchains use one core, Go's build uses both, and `run` keeps the total at the core count.
  await Promise.all(
    languages.map(async (language) => {
      const batch = [...programs].filter(([id]) => id.startsWith(`${language}/`));
      const started = performance.now();
      const results = await ADAPTERS[language]!.check(batch.map(([, program]) => program));
      timings.set(language, { checkMs: performance.now() - started, runs: 0, runMs: 0 });
      for (const [id, program] of batch) checks.set(id, results.get(program.key)!);
    }),
  );
}, 2_400_000); // A safety net, not a target: on a loaded 2-core machine compiling every program took over 15 min.

afterAll(() => {
  rmSync(workRoot, { recursive: true, force: true });
  console.log(
    [...timings]
      .map(([language, t]) => `${language}: check ${(t.checkMs / 1000).toFixed(1)} s; ${t.runs} runs, ${(t.runMs / 1000).toFixed(1)} s in all`)
      .join('\n'),
  );
  if (!matrix.isComplete(methods)) return;
  const table = matrix.toMarkdown(methods);
  if (!existsSync(MATRIX_FILE) || readFileSync(MATRIX_FILE, 'utf8') !== table) writeFileSync(MATRIX_FILE, table);
});

// Guides run concurrently so that both cores stay busy; `run` caps the processes at the core count.
describe.concurrent.each(guides)('$id', (guide) => {
  describe.each(methods)('$id', (method) => {
    const secret = SECRET_PREFIX + randomBytes(12).toString('hex');
    // Only a method whose programs run needs a backend; a new method starts parsed or compiled.
    let backend: Backend | undefined;
    beforeAll(async () => {
      backend = await BACKENDS[method.id]?.start(guide.context, secret);
    });
    afterAll(() => backend?.close());

    it('has no TLS switch-off, no printed secret and only ASCII in any language', () => {
      for (const { language } of method.languages) {
        expect(unsafeCode(programFor(guide, method.id, language).source, guide.context), language).toEqual([]);
      }
    });

    it.concurrent.each(method.languages)(
      '$language reaches the level its method.json claims',
      async ({ language, verification }) => {
        const program = programFor(guide, method.id, language);
        let achieved: AchievedLevel = 'failed';
        try {
          const check = checks.get(`${language}/${program.key}`)!;
          if (!check.ok) expect.fail(`the ${language} toolchain rejected the program:\n${check.output}\n${program.source}`);
          achieved = check.level;

          if (verification.level === 'executed') {
            if (!backend) expect.fail(`no backend for ${method.id} in test/snippets/backends.ts to run it against`);
            const ok = await runProgram(language, program, backend.env(language));
            expectOutcome(ok, guide.context.label, { length: secret.length });
            expectNoSecret(ok, secret);

            if (guide === guides[0]) {
              const failure = backend.failure(language);
              const failed = await runProgram(language, program, failure.env);
              expectOutcome(failed, guide.context.label, { failure: failure.message });
              expectNoSecret(failed, secret);
            }
            achieved = 'executed';
          }
          expect(achieved, 'the level method.json claims').toBe(verification.level);
        } catch (error) {
          achieved = 'failed';
          throw error;
        } finally {
          matrix.record(method.id, language, achieved);
        }
      },
      120_000,
    );

    // Edge cases exercise the template, which every guide shares: once per template is enough.
    const executed = method.languages.filter(({ verification }) => verification.level === 'executed');
    const edgeCases = guide === guides[0] && executed.length > 0 ? (BACKENDS[method.id]?.edgeCases(guide.context, secret) ?? []) : [];
    describe.each(edgeCases)('edge case: $name', (edge) => {
      let emulator: Awaited<ReturnType<typeof edge.start>> | undefined;
      beforeAll(async () => {
        emulator = await edge.start();
      });
      afterAll(() => emulator?.close());

      it.concurrent.each(executed)(
        '$language',
        async ({ language }) => {
          const program = programFor(guide, method.id, language);
          if (!checks.get(`${language}/${program.key}`)!.ok) expect.fail(`the ${language} toolchain rejected the program`);
          const result = await runProgram(language, program, emulator!.env(language));
          expectOutcome(result, guide.context.label, edge.expect);
          expectNoSecret(result, secret);
          // Start-up (the JVM, Go's first TLS handshake) on a busy machine, plus the program's own timeout.
          expect(result.ms, 'seconds until the program gave up').toBeLessThan((PROGRAM_TIMEOUT_SECONDS + 20) * 1000);
        },
        120_000,
      );
    });
  });
});
