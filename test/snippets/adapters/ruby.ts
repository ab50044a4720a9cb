/**
 * Ruby: `ruby -wc` parses one file per call, so the programs are checked in
 * parallel; warnings count as errors. Parsing is as far as Ruby checks a
 * program without running it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, toolchainEnv } from '../process';
import { checkEach, type LanguageAdapter, type Program } from './adapter';

const RUBY = 'ruby';
const file = (program: Program) => join(program.dir, 'main.rb');

export const ruby: LanguageAdapter = {
  check: (programs) =>
    checkEach(
      programs,
      async (program) => {
        writeFileSync(file(program), program.source);
        const result = await run(RUBY, ['-wc', file(program)], { env: toolchainEnv() });
        return { ok: result.code === 0 && result.stderr === '', output: result.stderr + result.stdout };
      },
      'parsed',
    ),
  command: (program) => ({ command: RUBY, args: [file(program)] }),
};
