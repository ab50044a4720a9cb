// Test-side helper: run Debian's /usr/bin/python3 (where python3-boto3 and
// python3-hvac live) with a script on stdin, if that module is installed.
import { execFile, spawnSync } from 'node:child_process';

export const PYTHON = '/usr/bin/python3';

/** True when `/usr/bin/python3 -c "import <module>"` succeeds. */
export function hasPythonModule(module: string): boolean {
  const r = spawnSync(PYTHON, ['-c', `import ${module}`], { stdio: 'ignore', timeout: 15_000 });
  return r.status === 0;
}

/**
 * Run a Python script on top of this process's env; a key given as undefined
 * is removed (an empty value is not the same as unset for botocore). Resolves
 * even on a non-zero exit.
 */
export function runPython(
  script: string,
  env: Record<string, string | undefined>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const merged: Record<string, string | undefined> = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete merged[k];
  return new Promise((resolve) => {
    const child = execFile(PYTHON, ['-'], { env: merged, timeout: 15_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
    child.stdin?.end(script);
  });
}
