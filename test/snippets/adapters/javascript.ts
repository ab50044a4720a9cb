/**
 * JavaScript: Node itself. node_check_batch.mjs parses every program as an
 * ES module in one Node process, as `node --check` does one file per call.
 * Each program folder links the project's node_modules, where its SDK
 * (@aws-sdk/client-secrets-manager) resolves from, as in a reader's project.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, toolchainEnv } from '../process';
import { checkInBatch, type CheckOutcome, type LanguageAdapter, type Program } from './adapter';

const NODE_MODULES = fileURLToPath(new URL('../../../node_modules', import.meta.url));
const CHECK_BATCH = fileURLToPath(new URL('node_check_batch.mjs', import.meta.url));
const file = (program: Program) => join(program.dir, 'main.mjs');

async function parse(programs: Program[]): Promise<CheckOutcome> {
  const args = ['--experimental-vm-modules', '--no-warnings', CHECK_BATCH, ...programs.map(file)];
  const result = await run(process.execPath, args, { env: toolchainEnv(), timeoutMs: 300_000 });
  const ok = result.code === 0 && result.stderr === '' && result.stdout.split('\n').every((line) => !line.startsWith('=== failed'));
  return { ok, output: result.stdout + result.stderr };
}

export const javascript: LanguageAdapter = {
  check(programs) {
    for (const program of programs) {
      writeFileSync(file(program), program.source);
      symlinkSync(NODE_MODULES, join(program.dir, 'node_modules'), 'dir');
    }
    return checkInBatch(programs, parse, () => 'parsed');
  },
  command: (program) => ({ command: process.execPath, args: [file(program)] }),
};
