/**
 * What verifying one language takes: checking a batch of programs with the
 * real toolchain, and the command that runs one checked program. One adapter
 * per language lives beside this file; a sixth language is a sixth adapter.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VerificationLevel } from '../../../src/generator';

export interface Program {
  /** Unique and file-name safe, such as "circleci-token.hashicorp-vault". */
  key: string;
  source: string;
  /** An empty folder of the program's own: its source, build output and nothing else go here. */
  dir: string;
}

type Level = Exclude<VerificationLevel, 'executed'>;

/** The level a successful check reaches, or a failure with the toolchain's words. */
export type CheckResult = { ok: true; level: Level } | { ok: false; output: string };

/** What one toolchain call said about the programs it was given. */
export type CheckOutcome = { ok: boolean; output: string };

export interface LanguageAdapter {
  /** Writes every program into its folder and checks all of them, batched as far as the toolchain allows. */
  check(programs: Program[]): Promise<Map<string, CheckResult>>;
  /** How to run one program that passed its check. */
  command(program: Program): { command: string; args: string[] };
}

export const STUBS_DIR = fileURLToPath(new URL('../../stubs/', import.meta.url));

/**
 * Import paths that test/stubs/<language>/<root> provides, as "/"-joined
 * folder paths, such as "github.com/hashicorp/vault/api": a program that
 * imports one of them was compiled against a stub, not the real SDK.
 */
export function stubbedPackages(language: string, root = ''): string[] {
  const base = join(STUBS_DIR, language, root);
  const found: string[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir);
    if (entries.some((name) => statSync(join(dir, name)).isFile())) found.push(relative(base, dir).split(sep).join('/'));
    for (const name of entries) if (statSync(join(dir, name)).isDirectory()) walk(join(dir, name));
  };
  walk(base);
  return found;
}

const toResult = (outcome: CheckOutcome, level: Level): CheckResult =>
  outcome.ok ? { ok: true, level } : { ok: false, output: outcome.output };

/**
 * Checks all programs in one toolchain call; only when that fails, checks
 * them one by one, so each failure is pinned on its own program.
 */
export async function checkInBatch(
  programs: Program[],
  checkSome: (programs: Program[]) => Promise<CheckOutcome>,
  levelOf: (program: Program) => Level,
): Promise<Map<string, CheckResult>> {
  const results = new Map<string, CheckResult>();
  if (programs.length === 0) return results;
  const batch = await checkSome(programs);
  for (const program of programs) {
    const outcome = batch.ok || programs.length === 1 ? batch : await checkSome([program]);
    results.set(program.key, toResult(outcome, levelOf(program)));
  }
  return results;
}
