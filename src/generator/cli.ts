/**
 * Prints one plain snippet: `npm run snippet -- <secret-id> <method> <language> [--<parameter>=<value> …]`,
 * e.g. `--envVar=CI_TOKEN --vault.path=team/ci`: the program a guide page shows after "Use your names".
 * Same generator and parameter checks as the site build.
 */
import { loadRetrievalMethods, PARAMETER_RULES, renderSnippet, resolveSnippetParameters, withOverrides, type ParameterField } from './index';
import { readSecretGuides } from '../lib/read-guides';

function parseOverrides(args: string[]): Partial<Record<ParameterField, string>> | string {
  const overrides: Partial<Record<ParameterField, string>> = {};
  for (const arg of args) {
    const match = /^--([\w.]+)=(.*)$/s.exec(arg);
    if (!match || !(match[1]! in PARAMETER_RULES)) {
      return `Unknown option ${JSON.stringify(arg)}; parameters are --<name>=<value> with <name> one of ${Object.keys(PARAMETER_RULES).join(', ')}`;
    }
    overrides[match[1] as ParameterField] = match[2]!;
  }
  return overrides;
}

function main(args: string[]): number {
  const [secretId, methodId, language] = args.filter((arg) => !arg.startsWith('--'));
  const overrides = parseOverrides(args.filter((arg) => arg.startsWith('--')));
  const methods = loadRetrievalMethods();
  if (!secretId || !methodId || !language || typeof overrides === 'string') {
    if (typeof overrides === 'string') console.error(overrides);
    console.error('Usage: npm run snippet -- <secret-id> <method> <language> [--<parameter>=<value> …]');
    console.error(`Methods: ${methods.map((m) => m.id).join(', ')}`);
    console.error(`Languages: ${[...new Set(methods.flatMap((m) => m.languages.map((l) => l.language)))].join(', ')}`);
    console.error(`Parameters: ${Object.keys(PARAMETER_RULES).join(', ')}`);
    return 2;
  }
  const guide = readSecretGuides().find((g) => g.data.id === secretId);
  if (!guide) {
    console.error(`No guide with id "${secretId}" in content/secrets/`);
    return 1;
  }
  // An override that breaks a rule fails with the same message a frontmatter value would, naming the command line.
  const file = Object.keys(overrides).length > 0 ? `${guide.file} with the command line's parameters` : guide.file;
  const context = resolveSnippetParameters(file, guide.data.id, withOverrides(guide.data.snippet, overrides), guide.data.name);
  process.stdout.write(renderSnippet(methods, context, methodId, language));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
