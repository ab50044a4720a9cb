/**
 * Checks every rendered program's text for what must never be in a snippet:
 * switched-off TLS verification, a line that prints the secret, and
 * characters outside ASCII (they break copy-paste into some editors and
 * javac's default encoding).
 */
import type { SnippetContext } from '../../src/generator';

const TLS_OFF = [
  /verify\s*=\s*False/,
  /InsecureSkipVerify/,
  /rejectUnauthorized\s*:\s*false/,
  /NODE_TLS_REJECT_UNAUTHORIZED/,
  /VERIFY_NONE/,
  /ssl_verify_peer\s*:\s*false/,
];

/** Calls that write somewhere a person or a log collector reads. */
const OUTPUT = /\b(?:print|puts|abort|warn|sys\.exit|console\.\w+|fmt\.\w*Print\w*|log\.\w+|logger\.\w+|System\.(?:out|err)\.\w+)\b/;

/** The ways a program may mention the secret in its output: by its length. */
const lengthOf = (name: string) =>
  new RegExp(`len\\(${name}\\)|\\b${name}\\.length(?:\\(\\))?|\\b${name}\\.size\\b`, 'g');

/** Names that hold the secret: whatever the getter's result is assigned to. */
function secretVariables(source: string, context: SnippetContext): string[] {
  // Ruby names a reader after what it returns, without get_.
  const getter = `(?:get_${context.names.snake}|get${context.names.pascal}|${context.names.snake})\\b`;
  const assignment = new RegExp(`(\\w+)(?:\\s*,\\s*\\w+)?\\s*:?=\\s*(?:await\\s+)?${getter}`, 'g');
  return [...source.matchAll(assignment)].map((match) => match[1]!);
}

export function unsafeCode(source: string, context: SnippetContext): string[] {
  const problems = TLS_OFF.filter((pattern) => pattern.test(source)).map((pattern) => `disables TLS verification (${pattern.source})`);
  const names = secretVariables(source, context);
  if (names.length === 0) problems.push('no variable receives the getter’s result, so prints of it cannot be checked');
  source.split('\n').forEach((line, index) => {
    if (!OUTPUT.test(line)) return;
    for (const name of names) {
      // The label is text ("Stripe secret key"), not the variable.
      if (new RegExp(`\\b${name}\\b`).test(line.replaceAll(context.label, '').replace(lengthOf(name), ''))) {
        problems.push(`line ${index + 1} prints the secret variable "${name}": ${line.trim()}`);
      }
    }
  });
  // A reader named after its secret (Ruby drops get_) must not collide with a helper of the template.
  const defined = [...source.matchAll(/^\s*def\s+(?:self\.)?(\w+)/gm)].map((match) => match[1]!);
  for (const name of new Set(defined.filter((name, i) => defined.indexOf(name) !== i))) problems.push(`defines ${name} twice`);
  const nonAscii = source.split('\n').findIndex((line) => /[^\x00-\x7f]/.test(line));
  if (nonAscii >= 0) problems.push(`line ${nonAscii + 1} has a non-ASCII character`);
  return problems;
}
