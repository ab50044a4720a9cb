/**
 * Renders a snippet: a template plus a guide's checked parameters. Handlebars
 * runs in strict mode, so a template that names a variable the context lacks
 * fails instead of printing an empty string into a program.
 */
import Handlebars from 'handlebars';
import { relative } from 'node:path';
import type { AccessPolicyTemplate, LanguageTemplate, RetrievalMethod } from './catalog';
import { SnippetInputError } from './errors';
import type { SnippetContext } from './parameters';

type Template = LanguageTemplate | AccessPolicyTemplate;

const compiled = new WeakMap<Template, Handlebars.TemplateDelegate<SnippetContext>>();

function compile(template: Template): Handlebars.TemplateDelegate<SnippetContext> {
  let fn = compiled.get(template);
  if (!fn) {
    // noEscape: the output is source code, not HTML. Safety comes from the parameter rules.
    fn = Handlebars.compile<SnippetContext>(template.source, { strict: true, noEscape: true });
    compiled.set(template, fn);
  }
  return fn;
}

/** Renders a program or an access policy from a guide's checked parameters. */
export function renderTemplate(template: Template, context: SnippetContext): string {
  try {
    return compile(template)(context);
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /"(.+?)" not defined in/.exec(message)?.[1];
    throw new SnippetInputError(
      relative(process.cwd(), template.file),
      unknown ?? '(template)',
      unknown ? `a variable the generator provides (label, envVar, names.*, aws.*, vault.*, conjur.*)` : 'a valid Handlebars template',
      unknown ? undefined : message,
    );
  }
}

export function findTemplate(methods: RetrievalMethod[], methodId: string, language: string): LanguageTemplate {
  const method = methods.find((m) => m.id === methodId);
  if (!method) throw new Error(`Unknown retrieval method "${methodId}"; known: ${methods.map((m) => m.id).join(', ')}`);
  const template = method.languages.find((l) => l.language === language);
  if (!template) throw new Error(`No ${language} template for "${methodId}"; known: ${method.languages.map((l) => l.language).join(', ')}`);
  return template;
}
