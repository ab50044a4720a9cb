/**
 * Prints one plain snippet: `npm run snippet -- <secret-id> <method> <language>`.
 * Same generator and parameter checks as the site build.
 */
import { loadRetrievalMethods, renderSnippet, resolveSnippetParameters } from './index';
import { readSecretGuides } from '../lib/read-guides';

function main(args: string[]): number {
  const [secretId, methodId, language] = args;
  const methods = loadRetrievalMethods();
  if (!secretId || !methodId || !language) {
    console.error('Usage: npm run snippet -- <secret-id> <method> <language>');
    console.error(`Methods: ${methods.map((m) => m.id).join(', ')}`);
    console.error(`Languages: ${[...new Set(methods.flatMap((m) => m.languages.map((l) => l.language)))].join(', ')}`);
    return 2;
  }
  const guide = readSecretGuides().find((g) => g.data.id === secretId);
  if (!guide) {
    console.error(`No guide with id "${secretId}" in content/secrets/`);
    return 1;
  }
  const context = resolveSnippetParameters(guide.file, guide.data.id, guide.data.snippet, guide.data.name);
  process.stdout.write(renderSnippet(methods, context, methodId, language));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
