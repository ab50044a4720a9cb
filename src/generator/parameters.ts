/**
 * Snippet parameters: defaults derived from a guide's id, and the strict rules
 * that keep any frontmatter value from injecting code into a generated program.
 * Every value ends up inside a string literal or an identifier in five
 * languages, so the rules allow no quotes, backslashes, spaces (except in the
 * label) or `..` path segments.
 */
import { SnippetInputError } from './errors';

export interface SnippetParametersInput {
  identifier?: string;
  label?: string;
  envVar?: string;
  aws?: { secretId?: string; key?: string };
  vault?: { mount?: string; path?: string; key?: string };
  conjur?: { variableId?: string };
}

/** What every template receives. All strings have passed the rules below. */
export interface SnippetContext {
  label: string;
  envVar: string;
  names: { snake: string; camel: string; pascal: string };
  /** key: the field read when the secret is a JSON object of key/value pairs, as the AWS console stores them. */
  aws: { secretId: string; key: string };
  vault: { mount: string; path: string; key: string };
  conjur: { variableId: string };
}

interface Rule {
  pattern: RegExp;
  expected: string;
  extra?: (value: string) => boolean;
}

const SEGMENT = '[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*';
const noDotSegments = (value: string) => !value.split('/').some((part) => part === '.' || part === '..');

export const PARAMETER_RULES = {
  identifier: { pattern: /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, expected: 'kebab-case words starting with a letter, such as "circleci-token"' },
  label: { pattern: /^[A-Za-z0-9][A-Za-z0-9 .()_-]{0,59}$/, expected: 'letters, digits, spaces and . ( ) _ - (at most 60 characters)' },
  envVar: { pattern: /^[A-Z_][A-Z0-9_]*$/, expected: 'an environment variable name matching ^[A-Z_][A-Z0-9_]*$' },
  'aws.secretId': {
    pattern: /^[A-Za-z0-9/_+=.@-]{1,512}$/,
    expected: 'an AWS secret name of 1-512 characters from A-Z a-z 0-9 / _ + = . @ - with no "." or ".." path segment',
    extra: noDotSegments,
  },
  'aws.key': { pattern: /^[A-Za-z0-9_-]{1,64}$/, expected: 'a JSON key name of letters, digits, _ and -' },
  'vault.mount': {
    pattern: new RegExp(`^${SEGMENT}$`),
    expected: 'one Vault mount segment of letters, digits, _ - and inner dots (no "/", no "..")',
  },
  'vault.path': {
    pattern: new RegExp(`^${SEGMENT}(?:/${SEGMENT})*$`),
    expected: 'a Vault secret path of "/"-separated segments of letters, digits, _ - and inner dots (no "..", no leading or trailing "/")',
  },
  'vault.key': { pattern: /^[A-Za-z0-9_-]{1,64}$/, expected: 'a key name of letters, digits, _ and -' },
  'conjur.variableId': {
    pattern: new RegExp(`^${SEGMENT}(?:/${SEGMENT})*$`),
    expected: 'a Conjur variable id of "/"-separated segments of letters, digits, _ - and inner dots (no "..")',
  },
} satisfies Record<string, Rule>;

export type ParameterField = keyof typeof PARAMETER_RULES;

/** Checks one value against its rule; throws naming the file and the frontmatter field. */
export function checkParameter(file: string, field: ParameterField, value: unknown): string {
  const rule: Rule = PARAMETER_RULES[field];
  if (typeof value !== 'string' || !rule.pattern.test(value) || (rule.extra && !rule.extra(value))) {
    throw new SnippetInputError(file, `snippet.${field}`, rule.expected, typeof value === 'string' ? value : String(value));
  }
  return value;
}

function words(identifier: string): string[] {
  return identifier.split('-');
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function identifierNames(identifier: string): SnippetContext['names'] {
  const parts = words(identifier);
  return {
    snake: parts.join('_'),
    camel: parts[0] + parts.slice(1).map(capitalize).join(''),
    pascal: parts.map(capitalize).join(''),
  };
}

/**
 * Fills in every parameter a guide leaves out (derived from its id), then
 * checks each against its rule. `file` is the guide's path, for the error.
 */
export function resolveSnippetParameters(
  file: string,
  secretId: string,
  input: SnippetParametersInput = {},
  secretName?: string,
): SnippetContext {
  const identifier = checkParameter(file, 'identifier', input.identifier ?? secretId);
  const defaultLabel = secretName && PARAMETER_RULES.label.pattern.test(secretName) ? secretName : identifier.replace(/-/g, ' ');
  // One key name serves both stores unless a guide sets them apart.
  const vaultKey = checkParameter(file, 'vault.key', input.vault?.key ?? 'token');
  return {
    label: checkParameter(file, 'label', input.label ?? defaultLabel),
    envVar: checkParameter(file, 'envVar', input.envVar ?? identifier.toUpperCase().replace(/-/g, '_')),
    names: identifierNames(identifier),
    aws: {
      secretId: checkParameter(file, 'aws.secretId', input.aws?.secretId ?? `prod/${secretId}`),
      key: checkParameter(file, 'aws.key', input.aws?.key ?? vaultKey),
    },
    vault: {
      mount: checkParameter(file, 'vault.mount', input.vault?.mount ?? 'secret'),
      path: checkParameter(file, 'vault.path', input.vault?.path ?? `prod/${secretId}`),
      key: vaultKey,
    },
    conjur: { variableId: checkParameter(file, 'conjur.variableId', input.conjur?.variableId ?? `prod/${secretId}`) },
  };
}
