/**
 * The safe, read-only validity check shown on a guide: a curl command that
 * reads the token from an environment variable, so it never lands in shell
 * history or a ticket. It prints only the HTTP status.
 */
import type { VerifyCheck } from '../schemas/secret';

/** POSIX single-quoting: nothing inside is expanded by the shell. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function verifyCommand(check: VerifyCheck, envVar: string): string {
  if (!/^[A-Z_][A-Z0-9_]*$/.test(envVar)) throw new Error(`Unsafe environment variable name ${JSON.stringify(envVar)}`);
  const header = check.auth.kind === 'bearer' ? `Authorization: Bearer $${envVar}` : `${check.auth.name}: $${envVar}`;
  const method = check.method === 'HEAD' ? ' --head' : '';
  // Double quotes around the header so the shell expands the variable, and nothing else can be expanded in it.
  return `curl --silent --output /dev/null --write-out '%{http_code}\\n'${method} \\\n  --header "${header}" \\\n  ${shellQuote(check.url)}`;
}
