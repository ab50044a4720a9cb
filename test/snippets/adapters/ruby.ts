/**
 * Ruby: ruby_check_batch.rb does what `ruby -wc` does (parse and compile, no
 * run) for every program in one Ruby process; a warning counts as an error.
 * Parsing is as far as Ruby checks a program without running it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, toolchainEnv } from '../process';
import { checkInBatch, type CheckOutcome, type LanguageAdapter, type Program } from './adapter';

const RUBY = 'ruby';
const CHECK_BATCH = fileURLToPath(new URL('ruby_check_batch.rb', import.meta.url));
const file = (program: Program) => join(program.dir, 'main.rb');

async function parse(programs: Program[]): Promise<CheckOutcome> {
  const result = await run(RUBY, [CHECK_BATCH, ...programs.map(file)], { env: toolchainEnv(), timeoutMs: 300_000 });
  const ok = result.code === 0 && result.stderr === '' && result.stdout.split('\n').every((line) => !line.startsWith('=== failed'));
  return { ok, output: result.stdout + result.stderr };
}

export const ruby: LanguageAdapter = {
  check(programs) {
    for (const program of programs) writeFileSync(file(program), program.source);
    return checkInBatch(programs, parse, () => 'parsed');
  },
  command: (program) => ({ command: RUBY, args: [file(program)] }),
};
