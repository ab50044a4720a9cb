/**
 * The #prevent-hardcoding section's data for one guide: every retrieval method
 * with its five programs, rendered from the guide's snippet parameters and
 * highlighted at build time, with each customisable parameter's occurrences
 * marked for the page's "Use your names" form.
 */
import {
  CUSTOMISABLE_FIELDS,
  LANGUAGES,
  loadRetrievalMethods,
  parameterValue,
  renderMarked,
  renderTemplate,
  resolveSnippetParameters,
  type AccessPolicyTemplate,
  type CustomisableField,
  type RetrievalMethod,
  type SnippetContext,
  type SnippetParametersInput,
  type VerificationLevel,
} from '../generator';
import { highlightCode } from '../generator/highlight';

export interface SnippetTab {
  language: string;
  languageTitle: string;
  code: string;
  html: string;
  install: string | null;
  sdk: string;
  config: string[];
  verification: { level: VerificationLevel; detail: string };
}

/** The least access a method's programs need, rendered for this guide. */
export interface AccessPolicy {
  title: string;
  intro: string;
  code: string;
  html: string;
}

export interface MethodSnippets {
  id: string;
  title: string;
  summary: string;
  setup?: string;
  access?: AccessPolicy;
  tabs: SnippetTab[];
}

let methods: RetrievalMethod[] | undefined;

export async function buildGuideSnippets(
  file: string,
  secret: { id: string; name: string; snippet: SnippetParametersInput },
): Promise<{ envVar: string; parameters: Record<CustomisableField, string>; methods: MethodSnippets[] }> {
  methods ??= loadRetrievalMethods();
  const context = resolveSnippetParameters(file, secret.id, secret.snippet, secret.name);
  const built = await Promise.all(
    methods.map(async (method) => ({
      id: method.id,
      title: method.title,
      summary: method.summary,
      ...(method.setup && { setup: method.setup }),
      ...(method.access && { access: await renderAccessPolicy(method.access, context) }),
      tabs: await Promise.all(
        method.languages.map(async (template) => {
          const { code, marks } = renderMarked(template, context);
          const meta = LANGUAGES[template.language]!;
          return {
            language: template.language,
            languageTitle: meta.title,
            code,
            html: await highlightCode(code, meta.shiki, marks),
            install: template.install,
            sdk: template.sdk,
            config: template.config,
            verification: template.verification,
          };
        }),
      ),
    })),
  );
  const parameters = Object.fromEntries(CUSTOMISABLE_FIELDS.map((field) => [field, parameterValue(context, field)]));
  return { envVar: context.envVar, parameters: parameters as Record<CustomisableField, string>, methods: built };
}

async function renderAccessPolicy(template: AccessPolicyTemplate, context: SnippetContext): Promise<AccessPolicy> {
  const code = renderTemplate(template, context);
  return { title: template.title, intro: template.intro, code, html: await highlightCode(code, template.format) };
}

export const VERIFICATION_WORDS: Record<VerificationLevel, string> = {
  executed: 'Executed',
  compiled: 'Compiled',
  'compiled-against-stub': 'Compiled against a stub of the SDK',
  parsed: 'Parsed (syntax only)',
};
