/**
 * JavaScript: Node itself, on an ES module file. `node --check` takes one
 * file at a time, so the programs are checked in parallel instead of in one
 * call. Each program folder links the project's node_modules, where its SDK
 * (@aws-sdk/client-secrets-manager) resolves from, as it would in a reader's project.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, toolchainEnv } from '../process';
import type { CheckResult, LanguageAdapter, Program } from './adapter';

const NODE_MODULES = fileURLToPath(new URL('../../../node_modules', import.meta.url));
const file = (program: Program) => join(program.dir, 'main.mjs');

export const javascript: LanguageAdapter = {
  async check(programs) {
    const checked = await Promise.all(
      programs.map(async (program): Promise<[string, CheckResult]> => {
        writeFileSync(file(program), program.source);
        symlinkSync(NODE_MODULES, join(program.dir, 'node_modules'), 'dir');
        const result = await run(process.execPath, ['--check', file(program)], { env: toolchainEnv() });
        const ok = result.code === 0 && result.stderr === '';
        return [program.key, ok ? { ok, level: 'parsed' } : { ok, output: result.stderr + result.stdout }];
      }),
    );
    return new Map(checked);
  },
  command: (program) => ({ command: process.execPath, args: [file(program)] }),
};
