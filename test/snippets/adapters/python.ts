/**
 * Python: Debian's /usr/bin/python3, the interpreter that python3-boto3 and
 * python3-hvac install for (the python3 on PATH is another one). One
 * `py_compile` call checks every program; warnings count as errors.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, toolchainEnv } from '../process';
import { checkInBatch, type LanguageAdapter, type Program } from './adapter';

const PYTHON = '/usr/bin/python3';
const file = (program: Program) => join(program.dir, 'main.py');

export const python: LanguageAdapter = {
  check(programs) {
    for (const program of programs) writeFileSync(file(program), program.source);
    return checkInBatch(
      programs,
      async (batch) => {
        const result = await run(PYTHON, ['-W', 'error', '-m', 'py_compile', ...batch.map(file)], { env: toolchainEnv() });
        return { ok: result.code === 0 && result.stderr === '', output: result.stderr + result.stdout };
      },
      () => 'parsed',
    );
  },
  command: (program) => ({ command: PYTHON, args: [file(program)] }),
};
