/**
 * The safe, read-only validity check shown on a guide: a curl command that
 * reads the token from an environment variable, so it never lands in shell
 * history or a ticket. It prints only the HTTP status.
 *
 * The token reaches curl on standard input (`--header @-`, or `--config -`
 * for basic auth), written by the shell's built-in printf: it never appears
 * in curl's arguments, which any user on the machine can read in the process
 * list.
 */
import type { VerifyCheck } from '../schemas/secret';

/** POSIX single-quoting: nothing inside is expanded by the shell. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The line printf writes to curl's standard input, with `%s` where the token goes. */
function secretLine(auth: VerifyCheck['auth']): { format: string; curlOption: string } {
  switch (auth.kind) {
    case 'bearer':
      return { format: 'Authorization: Bearer %s', curlOption: '--header @-' };
    case 'header':
      return { format: `${auth.name}: ${auth.prefix ? `${auth.prefix} ` : ''}%s`, curlOption: '--header @-' };
    case 'basic':
      return { format: `user = "${auth.username}:%s"`, curlOption: '--config -' };
  }
}

export function verifyCommand(check: VerifyCheck, envVar: string): string {
  if (!/^[A-Z_][A-Z0-9_]*$/.test(envVar)) throw new Error(`Unsafe environment variable name ${JSON.stringify(envVar)}`);
  const { format, curlOption } = secretLine(check.auth);
  const options = [
    `--silent --output /dev/null --write-out '%{http_code}\\n'${check.method === 'HEAD' ? ' --head' : ''}`,
    curlOption,
    ...Object.entries(check.headers).map(([name, value]) => `--header ${shellQuote(`${name}: ${value}`)}`),
    shellQuote(check.url),
  ];
  // Double quotes around the variable so the shell expands it, and nothing else can be expanded in it.
  return `printf ${shellQuote(`${format}\\n`)} "$${envVar}" |\n  curl ${options.join(' \\\n    ')}`;
}
