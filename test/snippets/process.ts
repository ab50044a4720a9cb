/**
 * Child processes for snippet verification: every toolchain call and every
 * program run goes through `run`, which caps how many run at once to the
 * machine's cores, so concurrent tests never oversubscribe it.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

export interface RunResult {
  /** Exit code, or null when the process was killed (timeout, signal). */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time from start to exit, not counting the wait for a free core. */
  ms: number;
}

export interface RunOptions {
  env: Record<string, string | undefined>;
  cwd?: string;
  timeoutMs?: number;
}

const slots = availableParallelism();
let running = 0;
const waiting: (() => void)[] = [];

async function withSlot<T>(task: () => Promise<T>): Promise<T> {
  if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await task();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Runs a command to completion; never rejects for a non-zero exit, only if it cannot start. */
export function run(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  return withSlot(
    () =>
      new Promise((resolve, reject) => {
        const child = spawn(command, args, {
          cwd: options.cwd,
          env: options.env,
          stdio: ['ignore', 'pipe', 'pipe'],
          timeout: options.timeoutMs ?? 60_000,
        });
        const started = performance.now();
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }));
      }),
  );
}

/**
 * A toolchain's environment: PATH and HOME, and nothing else inherited, so
 * stray settings (JAVA_TOOL_OPTIONS, RUBYOPT, NODE_EXTRA_CA_CERTS...) neither
 * change a check nor slow every start-up.
 */
export const toolchainEnv = (extra: Record<string, string> = {}) => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  LANG: 'C.UTF-8',
  ...extra,
});
