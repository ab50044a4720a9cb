/** No frontmatter value can inject code: unsafe snippet parameters fail, naming the file, the field and the rule. */
import { describe, expect, it } from 'vitest';
import { CUSTOMISABLE_FIELDS, isValidParameter, PARAMETER_RULES, resolveSnippetParameters, SnippetInputError, withOverrides } from '../../src/generator';
import { UNUSUAL_PARAMETERS } from '../fixtures/unusual-parameters';
import { UNSAFE_PARAMETERS } from '../fixtures/bad-frontmatter';

const FILE = 'content/secrets/example-api-token.mdx';

describe('snippet parameters', () => {
  it('derives every default from the guide id', () => {
    const context = resolveSnippetParameters(FILE, 'example-api-token');
    expect(context).toEqual({
      label: 'example api token',
      envVar: 'EXAMPLE_API_TOKEN',
      names: { snake: 'example_api_token', camel: 'exampleApiToken', pascal: 'ExampleApiToken' },
      aws: { secretId: 'prod/example-api-token', key: 'token' },
      vault: { mount: 'secret', path: 'prod/example-api-token', key: 'token' },
      conjur: { variableId: 'prod/example-api-token' },
    });
  });

  it('uses the guide name as the label when it is safe', () => {
    expect(resolveSnippetParameters(FILE, 'example-api-token', {}, 'Example API token').label).toBe('Example API token');
    expect(resolveSnippetParameters(FILE, 'example-api-token', {}, 'Example "quoted" token').label).toBe('example api token');
  });

  it('keeps values a guide sets', () => {
    const context = resolveSnippetParameters(FILE, 'example-api-token', {
      identifier: 'example-token',
      envVar: 'EXAMPLE_TOKEN',
      vault: { mount: 'kv', path: 'team/app.prod/token', key: 'value' },
    });
    expect(context.names.snake).toBe('example_token');
    expect(context.envVar).toBe('EXAMPLE_TOKEN');
    expect(context.vault).toEqual({ mount: 'kv', path: 'team/app.prod/token', key: 'value' });
  });

  it.each(UNSAFE_PARAMETERS)('rejects $name with a message naming the file and $field', ({ snippet, field }) => {
    let error: unknown;
    try {
      resolveSnippetParameters(FILE, 'example-api-token', snippet);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SnippetInputError);
    const { message } = error as SnippetInputError;
    expect(message).toContain(FILE);
    expect(message).toContain(`"${field}"`);
    expect(message).toMatch(/must be .+; received/);
  });
});

// What a link or a reader may put into "Use your names": the browser checks it with these same rules.
describe.each(CUSTOMISABLE_FIELDS)('the %s rule', (field) => {
  it.each([
    '',
    '<script>alert(1)</script>',
    'a"b',
    "a'b",
    'a`b',
    'a\\b',
    'a b',
    'A\nB',
    'A\n',
    '../etc/passwd',
    'a/../b',
    'СI_TOKEN', // Cyrillic С
    'ＣＩ', // full-width
    'CI\u200bTOKEN', // zero-width space
    'x'.repeat(PARAMETER_RULES[field].maxLength + 1),
  ])('rejects %j', (value) => {
    expect(isValidParameter(field, value)).toBe(false);
  });

  it('accepts the unusual names the snippet suite verifies, at the longest length allowed', () => {
    expect(UNUSUAL_PARAMETERS[field]).toHaveLength(PARAMETER_RULES[field].maxLength);
    expect(isValidParameter(field, UNUSUAL_PARAMETERS[field])).toBe(true);
  });
});

describe('withOverrides', () => {
  it('replaces the named parameters and keeps the guide\'s others', () => {
    const input = { envVar: 'A_TOKEN', vault: { mount: 'kv', key: 'value' } };
    expect(withOverrides(input, { 'vault.path': 'team/ci', envVar: 'CI_TOKEN' })).toEqual({
      envVar: 'CI_TOKEN',
      vault: { mount: 'kv', key: 'value', path: 'team/ci' },
    });
    expect(input.vault).toEqual({ mount: 'kv', key: 'value' });
  });
});
