/**
 * Templates are strict: an unknown variable is an error naming the template, never an empty string in a program.
 * The marked rendering the page's "Use your names" form relies on finds every customisable name, and only those.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CUSTOMISABLE_FIELDS,
  loadRetrievalMethods,
  parameterValue,
  renderMarked,
  renderSnippet,
  renderTemplate,
  resolveSnippetParameters,
  SnippetInputError,
  withOverrides,
} from '../../src/generator';
import { UNUSUAL_PARAMETERS } from '../fixtures/unusual-parameters';

function templatesWith(source: string, meta: object = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'leakfix-templates-'));
  mkdirSync(join(dir, 'env-vars'));
  writeFileSync(
    join(dir, 'env-vars/method.json'),
    JSON.stringify({
      title: 'Environment variables',
      summary: 'Read it from the environment.',
      order: 1,
      languages: { python: { install: null, sdk: 'os', config: [], verification: { level: 'parsed', detail: 'by a test' } } },
      ...meta,
    }),
  );
  writeFileSync(join(dir, 'env-vars/python.hbs'), source);
  return dir;
}

const context = resolveSnippetParameters('content/secrets/example-api-token.mdx', 'example-api-token');

describe('renderSnippet', () => {
  it('fills in the parameters', () => {
    const methods = loadRetrievalMethods(templatesWith('os.environ["{{envVar}}"]  # {{names.snake}}\n'));
    expect(renderSnippet(methods, context, 'env-vars', 'python')).toBe('os.environ["EXAMPLE_API_TOKEN"]  # example_api_token\n');
  });

  it('fails on an unknown template variable, naming the template and the variable', () => {
    const methods = loadRetrievalMethods(templatesWith('os.environ["{{envVarName}}"]\n'));
    expect(() => renderSnippet(methods, context, 'env-vars', 'python')).toThrow(SnippetInputError);
    expect(() => renderSnippet(methods, context, 'env-vars', 'python')).toThrow(/env-vars\/python\.hbs: "envVarName"/);
  });

  it('rejects metadata that claims an unknown verification level', () => {
    const dir = templatesWith('x', {
      languages: { python: { install: null, sdk: 'os', config: [], verification: { level: 'trusted', detail: 'x' } } },
    });
    expect(() => loadRetrievalMethods(dir)).toThrow(/method\.json.*languages\.python\.verification\.level/);
  });

  it('loads the real templates: four methods in five languages', () => {
    const methods = loadRetrievalMethods();
    expect(methods.map((m) => m.id)).toEqual(['env-vars', 'aws-secrets-manager', 'hashicorp-vault', 'cyberark-conjur']);
    for (const method of methods) {
      expect(method.languages.map((l) => l.language)).toEqual(['python', 'javascript', 'go', 'java', 'ruby']);
    }
  });
});

describe('renderMarked', () => {
  const unusual = resolveSnippetParameters('test/fixtures/unusual-parameters.ts', 'unusual-parameters', withOverrides({}, UNUSUAL_PARAMETERS));
  const cases = loadRetrievalMethods().flatMap((method) =>
    method.languages.flatMap((template) => [
      { name: `${method.id}/${template.language} (defaults)`, template, context },
      { name: `${method.id}/${template.language} (unusual names)`, template, context: unusual },
    ]),
  );

  it.each(cases)('$name: the same program as renderTemplate, with every occurrence of every name marked', ({ template, context }) => {
    const { code, marks } = renderMarked(template, context);
    expect(code).toBe(renderTemplate(template, context));
    for (const field of CUSTOMISABLE_FIELDS) {
      const marked = marks.filter((mark) => mark.field === field);
      expect(marked.length, field).toBe(template.source.split(`{{${field}}}`).length - 1);
      for (const { start, end } of marked) expect(code.slice(start, end)).toBe(parameterValue(context, field));
    }
  });
});
