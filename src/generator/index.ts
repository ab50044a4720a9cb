/**
 * The snippet generator: pure TypeScript with no Astro import, so the build,
 * the CLI (`npm run snippet`) and the verification tests share one code path.
 */
export { SnippetInputError } from './errors';
export {
  resolveSnippetParameters,
  checkParameter,
  parameterValue,
  withParameter,
  withOverrides,
  PARAMETER_RULES,
  type SnippetContext,
  type SnippetParametersInput,
} from './parameters';
export { CUSTOMISABLE_FIELDS, isValidParameter, type CustomisableField, type ParameterField } from './parameter-rules';
export {
  loadRetrievalMethods,
  LANGUAGES,
  VERIFICATION_LEVELS,
  DEFAULT_TEMPLATES_DIR,
  ACCESS_POLICY_FORMATS,
  type AccessPolicyTemplate,
  type RetrievalMethod,
  type LanguageTemplate,
  type VerificationLevel,
} from './catalog';
export { renderTemplate, renderMarked, findTemplate, type ParameterMark } from './render';

import type { RetrievalMethod } from './catalog';
import type { SnippetContext } from './parameters';
import { findTemplate, renderTemplate } from './render';

/** The plain program for one secret, method and language, exactly as a reader copies it. */
export function renderSnippet(methods: RetrievalMethod[], context: SnippetContext, methodId: string, language: string): string {
  return renderTemplate(findTemplate(methods, methodId, language), context);
}
