/** The verification adapter of every language the templates use, by language id. */
import type { LanguageAdapter } from './adapter';
import { go } from './go';
import { java } from './java';
import { javascript } from './javascript';
import { python } from './python';
import { ruby } from './ruby';

export const ADAPTERS: Record<string, LanguageAdapter> = { python, javascript, go, java, ruby };
export type { LanguageAdapter, Program, CheckResult } from './adapter';
