/**
 * Loads the snippet templates: `templates/<method>/method.json` describes a
 * retrieval method and, per language, how to install and configure it and how
 * its snippet was verified; `templates/<method>/<language>.hbs` is the program.
 * A new method or language is a new folder or file here, nothing else.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { SnippetInputError } from './errors';

// Resolved from the working directory: the build, the CLI and the tests all run from the project root.
export const DEFAULT_TEMPLATES_DIR = resolve('templates');

/** How far a snippet's verification got, from strongest to weakest. */
export const VERIFICATION_LEVELS = ['executed', 'compiled', 'compiled-against-stub', 'parsed'] as const;
export type VerificationLevel = (typeof VERIFICATION_LEVELS)[number];

const languageMetaSchema = z
  .object({
    /** The command a reader runs to install the SDK, or null when the standard library is enough. */
    install: z.string().min(1).nullable(),
    /** The library the snippet uses, as a reader would name it. */
    sdk: z.string().min(1),
    /** Environment variables the snippet reads besides the secret's own. */
    config: z.array(z.string().regex(/^[A-Z_][A-Z0-9_]*$/)).default([]),
    verification: z
      .object({
        level: z.enum(VERIFICATION_LEVELS),
        /** Completes "Verified: <level> …", e.g. "against a local Vault KV v2 emulator with hvac 0.11". */
        detail: z.string().min(1),
      })
      .strict(),
  })
  .strict();

/** Formats an access policy can take, by the Shiki language that highlights it. */
export const ACCESS_POLICY_FORMATS = ['json', 'hcl', 'yaml'] as const;

const accessMetaSchema = z
  .object({
    /** Which parser reads it: the service's own format (IAM JSON, Vault HCL, Conjur YAML). */
    format: z.enum(ACCESS_POLICY_FORMATS),
    /** What the page calls it: "IAM policy". */
    title: z.string().min(1),
    /** Where it goes and what to fill in, in a sentence or two. */
    intro: z.string().min(1),
  })
  .strict();

const methodMetaSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    /** The settings a reader provides and how (TLS trust, namespaces...), in a sentence or two. */
    setup: z.string().min(1).optional(),
    /** The least access the program needs; its template is access-policy.hbs beside method.json. */
    access: accessMetaSchema.optional(),
    order: z.number().int(),
    languages: z.record(z.string().regex(/^[a-z]+$/), languageMetaSchema),
  })
  .strict();

export type LanguageMeta = z.output<typeof languageMetaSchema>;

export interface LanguageTemplate extends LanguageMeta {
  language: string;
  /** Handlebars source of the program. */
  source: string;
  file: string;
}

export interface AccessPolicyTemplate extends z.output<typeof accessMetaSchema> {
  /** Handlebars source of the policy. */
  source: string;
  file: string;
}

export interface RetrievalMethod {
  id: string;
  title: string;
  summary: string;
  setup?: string;
  access?: AccessPolicyTemplate;
  order: number;
  languages: LanguageTemplate[];
}

export const LANGUAGES: Record<string, { title: string; shiki: string; order: number }> = {
  python: { title: 'Python', shiki: 'python', order: 1 },
  javascript: { title: 'JavaScript', shiki: 'javascript', order: 2 },
  go: { title: 'Go', shiki: 'go', order: 3 },
  java: { title: 'Java', shiki: 'java', order: 4 },
  ruby: { title: 'Ruby', shiki: 'ruby', order: 5 },
};

function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `"${issue.path.join('.') || '(root)'}" ${issue.message}`).join('; ');
}

export function loadRetrievalMethods(templatesDir = DEFAULT_TEMPLATES_DIR): RetrievalMethod[] {
  const methods: RetrievalMethod[] = [];
  for (const entry of readdirSync(templatesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = join(templatesDir, entry.name);
    const metaFile = join(dir, 'method.json');
    const shown = relative(process.cwd(), metaFile);
    if (!existsSync(metaFile)) throw new SnippetInputError(shown, 'method.json', 'present in every templates/<method>/ folder');
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(metaFile, 'utf8'));
    } catch (error) {
      throw new SnippetInputError(shown, '(file)', `valid JSON (${(error as Error).message})`);
    }
    const parsed = methodMetaSchema.safeParse(raw);
    if (!parsed.success) throw new SnippetInputError(shown, formatIssues(parsed.error), 'valid method metadata');
    const languages = Object.entries(parsed.data.languages)
      .map(([language, meta]) => {
        const known = LANGUAGES[language];
        if (!known) throw new SnippetInputError(shown, `languages.${language}`, `one of ${Object.keys(LANGUAGES).join(', ')}`);
        const file = join(dir, `${language}.hbs`);
        if (!existsSync(file)) throw new SnippetInputError(relative(process.cwd(), file), '(file)', `present, since ${shown} lists ${language}`);
        return { order: known.order, template: { language, ...meta, source: readFileSync(file, 'utf8'), file } };
      })
      .sort((a, b) => a.order - b.order)
      .map(({ template }) => template);
    const { access, ...meta } = parsed.data;
    let accessPolicy: AccessPolicyTemplate | undefined;
    if (access) {
      const file = join(dir, 'access-policy.hbs');
      if (!existsSync(file)) throw new SnippetInputError(relative(process.cwd(), file), '(file)', `present, since ${shown} describes access`);
      accessPolicy = { ...access, source: readFileSync(file, 'utf8'), file };
    }
    methods.push({ id: entry.name, ...meta, ...(accessPolicy && { access: accessPolicy }), languages });
  }
  return methods.sort((a, b) => a.order - b.order);
}
