/**
 * Snippet parameters: defaults derived from a guide's id, checked by the rules
 * in parameter-rules.ts (shared with the guide page's customiser script).
 */
import { SnippetInputError } from './errors';
import { isValidParameter, PARAMETER_RULES, type CustomisableField, type ParameterField } from './parameter-rules';

export { PARAMETER_RULES, type ParameterField };

export interface SnippetParametersInput {
  identifier?: string;
  label?: string;
  envVar?: string;
  aws?: { secretId?: string; key?: string };
  vault?: { mount?: string; path?: string; key?: string };
  conjur?: { variableId?: string };
}

/** What every template receives. All strings have passed the parameter rules. */
export interface SnippetContext {
  label: string;
  envVar: string;
  names: { snake: string; camel: string; pascal: string };
  /** key: the field read when the secret is a JSON object of key/value pairs, as the AWS console stores them. */
  aws: { secretId: string; key: string };
  vault: { mount: string; path: string; key: string };
  conjur: { variableId: string };
}

/** Checks one value against its rule; throws naming the file and the frontmatter field. */
export function checkParameter(file: string, field: ParameterField, value: unknown): string {
  if (!isValidParameter(field, value)) {
    throw new SnippetInputError(file, `snippet.${field}`, PARAMETER_RULES[field].expected, typeof value === 'string' ? value : String(value));
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
  const defaultLabel = secretName && isValidParameter('label', secretName) ? secretName : identifier.replace(/-/g, ' ');
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

/** A customisable parameter's value in a context: "vault.path" → context.vault.path. */
export function parameterValue(context: SnippetContext, field: CustomisableField): string {
  return field.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], context) as string;
}

/** A copy of the context with one customisable parameter replaced (the value is not checked here). */
export function withParameter(context: SnippetContext, field: CustomisableField, value: string): SnippetContext {
  const copy = structuredClone(context);
  const keys = field.split('.');
  const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy as unknown as Record<string, unknown>);
  parent[keys.at(-1)!] = value;
  return copy;
}

/** A guide's parameters with some replaced, as `npm run snippet -- … --vault.path=a/b` and the tests give them. */
export function withOverrides(input: SnippetParametersInput, overrides: Partial<Record<ParameterField, string>>): SnippetParametersInput {
  const merged = structuredClone(input) as Record<string, unknown>;
  // The AWS JSON key defaults to the Vault key; overriding only the Vault key must not move it (as on the page).
  if (overrides['vault.key'] !== undefined && overrides['aws.key'] === undefined && input.aws?.key === undefined) {
    merged.aws = { ...input.aws, key: input.vault?.key ?? 'token' };
  }
  for (const [field, value] of Object.entries(overrides)) {
    const [group, key] = field.split('.');
    if (key) merged[group!] = { ...(merged[group!] as object | undefined), [key]: value };
    else merged[group!] = value;
  }
  return merged as SnippetParametersInput;
}
