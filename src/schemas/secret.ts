/**
 * The frontmatter of a secret guide (`content/secrets/<id>.mdx`).
 *
 * This is the one place the shape of a guide is defined. Astro's content layer
 * (src/content.config.ts), the snippet CLI and the tests all parse with it.
 * Snippet parameters are only typed here; their strict character rules live
 * with the code generator that depends on them (src/generator/parameters.ts).
 */
import { z } from 'astro/zod';

export const CATEGORIES = [
  'cloud',
  'ci-cd',
  'vcs',
  'payments',
  'messaging',
  'collaboration',
  'identity',
  'email',
  'ai',
  'monitoring',
  'database',
  'package-registry',
  'crypto-keys',
  'infrastructure',
  'generic',
] as const;

export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_TITLES: Record<Category, string> = {
  cloud: 'Cloud providers',
  'ci-cd': 'CI/CD',
  vcs: 'Version control',
  payments: 'Payments and commerce',
  messaging: 'Messaging and chat',
  collaboration: 'Collaboration and project tools',
  identity: 'Identity and access',
  email: 'Email delivery',
  ai: 'AI platforms',
  monitoring: 'Monitoring',
  database: 'Databases',
  'package-registry': 'Package registries',
  'crypto-keys': 'Keys and certificates',
  infrastructure: 'Infrastructure and hosting',
  generic: 'Generic secrets',
};

const kebabCase = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id such as "circleci-personal-api-token"');

const httpsUrl = z
  .url('an absolute URL')
  .refine((value) => value.startsWith('https://'), 'an https:// URL');

const nonEmpty = z.string().trim().min(1, 'a non-empty string');

export const sourceSchema = z
  .object({
    title: nonEmpty,
    url: httpsUrl,
    /** Which facts on the page this source supports, so a reviewer knows what to re-check. */
    supports: nonEmpty.optional(),
  })
  .strict();

/**
 * A read-only request that tells whether a token is still live. Only safe
 * methods are allowed: checking a leaked token must never change anything.
 */
const headerName = z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'an HTTP header name');

export const verifySchema = z
  .object({
    method: z.enum(['GET', 'HEAD']),
    url: httpsUrl,
    /**
     * How the token travels: a named header (optionally after a scheme word,
     * as in Discord's `Authorization: Bot <token>`), an `Authorization: Bearer`
     * header, or HTTP basic auth with the token as the password of a fixed user.
     */
    auth: z.discriminatedUnion('kind', [
      z
        .object({
          kind: z.literal('header'),
          name: headerName,
          prefix: z.string().regex(/^[A-Za-z]+$/, 'one word such as "Bot"').optional(),
        })
        .strict(),
      z.object({ kind: z.literal('bearer') }).strict(),
      z
        .object({ kind: z.literal('basic'), username: z.string().regex(/^[A-Za-z0-9._-]+$/, 'a user name such as "api"') })
        .strict(),
    ]),
    /** Fixed, non-secret headers the API requires, such as a version header. */
    headers: z
      .record(headerName, z.string().regex(/^[\x20-\x7e]+$/, 'a header value of printable ASCII characters'))
      .default({}),
    /** What a live token returns, and what a revoked one returns. */
    live: nonEmpty,
    revoked: nonEmpty,
  })
  .strict();

export const snippetParametersSchema = z
  .object({
    /** Words that name the secret in code: "circleci-token" becomes get_circleci_token / getCircleciToken. */
    identifier: z.string().optional(),
    /** How the snippet's output names the secret: "CircleCI token loaded (40 characters)". */
    label: z.string().optional(),
    envVar: z.string().optional(),
    aws: z.object({ secretId: z.string().optional(), key: z.string().optional() }).strict().default({}),
    vault: z
      .object({ mount: z.string().optional(), path: z.string().optional(), key: z.string().optional() })
      .strict()
      .default({}),
    conjur: z.object({ variableId: z.string().optional() }).strict().default({}),
  })
  .strict();

export const secretSchema = z
  .object({
    id: kebabCase,
    name: nonEmpty,
    provider: nonEmpty,
    category: z.enum(CATEGORIES),
    summary: nonEmpty.max(280, 'at most 280 characters'),
    tokenFormat: z
      .object({
        prefixes: z.array(nonEmpty).default([]),
        shape: nonEmpty,
        /** A visibly fake example. It must not match a real scanner's pattern. */
        example: nonEmpty.optional(),
        /**
         * A JavaScript regular expression for the whole token, where its shape is documented (by the provider
         * or the scanners' own patterns). Tests generate samples from it and check the guide's gitleaks ids.
         */
        pattern: z
          .string()
          .refine((value) => {
            try {
              new RegExp(value);
              return true;
            } catch {
              return false;
            }
          }, 'a valid regular expression')
          .optional(),
      })
      .strict(),
    detectors: z
      .object({
        gitleaks: z.array(nonEmpty).default([]),
        trufflehog: z.array(nonEmpty).default([]),
        githubSecretScanning: z.array(nonEmpty).default([]),
      })
      .strict(),
    /** Whether and how the token expires, in one sentence. */
    expiry: nonEmpty.optional(),
    snippet: snippetParametersSchema.prefault({}),
    links: z
      .object({
        create: httpsUrl.optional(),
        revoke: httpsUrl.optional(),
        audit: httpsUrl.optional(),
        docs: httpsUrl.optional(),
      })
      .strict(),
    verify: verifySchema.optional(),
    /** Token-specific best practices, added to the shared list. Plain sentences. */
    bestPractices: z.array(nonEmpty).default([]),
    /**
     * When the provider's platform runs the programs and can prove their identity with a short-lived token
     * (a CI OIDC token), which of the stores accept it: shown after the "secret zero" note. Plain sentences.
     */
    workloadIdentity: nonEmpty.optional(),
    sources: z.array(sourceSchema).min(1, 'at least one official source'),
    lastReviewed: z.coerce.date({ error: 'a date such as 2026-11-29' }),
  })
  .strict();

export type SecretFrontmatter = z.output<typeof secretSchema>;
export type SecretFrontmatterInput = z.input<typeof secretSchema>;
export type Source = z.output<typeof sourceSchema>;
export type VerifyCheck = z.output<typeof verifySchema>;
