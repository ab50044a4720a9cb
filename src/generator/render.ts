/**
 * Renders a snippet: a template plus a guide's checked parameters. Handlebars
 * runs in strict mode, so a template that names a variable the context lacks
 * fails instead of printing an empty string into a program.
 */
import Handlebars from 'handlebars';
import { relative } from 'node:path';
import type { AccessPolicyTemplate, LanguageTemplate, RetrievalMethod } from './catalog';
import { SnippetInputError } from './errors';
import { CUSTOMISABLE_FIELDS, type CustomisableField } from './parameter-rules';
import { parameterValue, withParameter, type SnippetContext } from './parameters';

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

/** Where a customisable parameter's value occurs in a rendered program, as [start, end) offsets. */
export interface ParameterMark {
  field: CustomisableField;
  start: number;
  end: number;
}

// Private-use characters never pass the (ASCII-only) parameter rules, so they can delimit values in the output:
// OPEN, then one character naming the field, the value, then CLOSE.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const FIELD_BASE = 0xe010;
const MARKED = /\uE000(.)([^\uE001]*)\uE001/gu;

/**
 * Renders a program and reports where each customisable parameter's value
 * occurs in it, so the highlighter can wrap those characters and the page
 * script can replace them. The code is exactly what renderTemplate returns.
 */
export function renderMarked(template: LanguageTemplate, context: SnippetContext): { code: string; marks: ParameterMark[] } {
  let marked = context;
  CUSTOMISABLE_FIELDS.forEach((field, index) => {
    marked = withParameter(marked, field, OPEN + String.fromCharCode(FIELD_BASE + index) + parameterValue(context, field) + CLOSE);
  });
  const output = renderTemplate(template, marked);
  const marks: ParameterMark[] = [];
  let code = '';
  let last = 0;
  for (const match of output.matchAll(MARKED)) {
    code += output.slice(last, match.index);
    const field = CUSTOMISABLE_FIELDS[match[1]!.charCodeAt(0) - FIELD_BASE]!;
    marks.push({ field, start: code.length, end: code.length + match[2]!.length });
    code += match[2];
    last = match.index + match[0].length;
  }
  return { code: code + output.slice(last), marks };
}
