/** No frontmatter value can inject code: unsafe snippet parameters fail, naming the file, the field and the rule. */
import { describe, expect, it } from 'vitest';
import { resolveSnippetParameters, SnippetInputError } from '../../src/generator';
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
