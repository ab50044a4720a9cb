/**
 * JavaScript: Node itself, on an ES module file. `node --check` takes one
 * file per call, so the programs are checked in parallel. Each program
 * folder links the project's node_modules, where its SDK
 * (@aws-sdk/client-secrets-manager) resolves from, as in a reader's project.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, toolchainEnv } from '../process';
import { checkEach, type LanguageAdapter, type Program } from './adapter';

const NODE_MODULES = fileURLToPath(new URL('../../../node_modules', import.meta.url));
const file = (program: Program) => join(program.dir, 'main.mjs');

export const javascript: LanguageAdapter = {
  check: (programs) =>
    checkEach(
      programs,
      async (program) => {
        writeFileSync(file(program), program.source);
        symlinkSync(NODE_MODULES, join(program.dir, 'node_modules'), 'dir');
        const result = await run(process.execPath, ['--check', file(program)], { env: toolchainEnv() });
        return { ok: result.code === 0 && result.stderr === '', output: result.stderr + result.stdout };
      },
      'parsed',
    ),
  command: (program) => ({ command: process.execPath, args: [file(program)] }),
};
