/**
 * Ruby: `ruby -wc` parses one file per call, so the programs are checked in
 * parallel. Warnings count as errors. Parsing is as far as Ruby checks go
 * without running the program.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, toolchainEnv } from '../process';
import type { CheckResult, LanguageAdapter, Program } from './adapter';

const RUBY = 'ruby';
const file = (program: Program) => join(program.dir, 'main.rb');

export const ruby: LanguageAdapter = {
  async check(programs) {
    const checked = await Promise.all(
      programs.map(async (program): Promise<[string, CheckResult]> => {
        writeFileSync(file(program), program.source);
        const result = await run(RUBY, ['-wc', file(program)], { env: toolchainEnv() });
        const ok = result.code === 0 && result.stderr === '';
        return [program.key, ok ? { ok, level: 'parsed' } : { ok, output: result.stderr + result.stdout }];
      }),
    );
    return new Map(checked);
  },
  command: (program) => ({ command: RUBY, args: [file(program)] }),
};
