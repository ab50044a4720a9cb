/**
 * The scanner data files (`content/scanners/<scanner>.json`): every id that
 * gitleaks, TruffleHog and GitHub secret scanning can report, as published
 * upstream, with where it came from. `npm run update:scanners` writes them;
 * the build, `npm run check:content` and the tests read them through here.
 */
import { z } from 'astro/zod';

const nonEmpty = z.string().trim().min(1, 'a non-empty string');
const commit = z.string().regex(/^[0-9a-f]{40}$/, 'a 40-character git commit hash');

/** Where the data came from: the upstream file at one commit, under its licence. */
const provenance = {
  source: z.url('the URL of the upstream file at that commit'),
  commit,
  license: nonEmpty,
  notes: z.union([nonEmpty, z.array(nonEmpty)]).optional(),
};

export const gitleaksDataSchema = z
  .object({
    scanner: z.literal('gitleaks'),
    ...provenance,
    commitDate: nonEmpty.optional(),
    minVersion: nonEmpty.optional(),
    ruleCount: z.number().int(),
    rules: z
      .array(
        z
          .object({
            id: nonEmpty,
            description: nonEmpty,
            /** Go RE2 syntax. Absent on rules that match on the file path only (pkcs12-file). */
            regex: nonEmpty.optional(),
            keywords: z.array(z.string()).default([]),
            entropy: z.number().optional(),
            path: nonEmpty.optional(),
            secretGroup: z.number().int().optional(),
          })
          .strict(),
      )
      .min(1, 'at least one rule'),
  })
  .strict();

export const trufflehogDataSchema = z
  .object({
    scanner: z.literal('trufflehog'),
    ...provenance,
    commitDate: nonEmpty.optional(),
    detectorCount: z.number().int(),
    detectors: z
      .array(
        z
          .object({
            /** DetectorName in TruffleHog's --json output. */
            name: nonEmpty,
            number: z.number().int(),
            /**
             * The pkg/detectors/ folder that implements it; null when none does (such a
             * value never appears in TruffleHog's output). Absent when not known yet.
             */
            package: z.string().nullable().optional(),
            packages: z.array(nonEmpty).optional(),
            deprecated: z.literal(true).optional(),
            comment: nonEmpty.optional(),
          })
          .strict(),
      )
      .min(1, 'at least one detector'),
  })
  .strict();

/** GitHub's YAML holds some booleans as Liquid ("true on GitHub.com, false on GHES"), kept verbatim. */
const flag = z.union([z.boolean(), z.string()]);

export const githubDataSchema = z
  .object({
    scanner: z.literal('github-secret-scanning'),
    ...provenance,
    sources: z.array(z.looseObject({})).optional(),
    patternCount: z.number().int(),
    patterns: z
      .array(
        z
          .object({
            provider: nonEmpty,
            supportedSecret: nonEmpty,
            /** Verbatim; several ids are joined by ", </br>". */
            secretType: nonEmpty,
            /** secret_type values of REST alerts and webhooks. */
            secretTypes: z.array(nonEmpty).min(1),
            isPublic: flag,
            isPrivateWithGhas: flag,
            hasPushProtection: flag,
            hasValidityCheck: flag,
            hasExtendedMetadata: flag.optional(),
            base64Supported: flag.optional(),
            isDuplicate: flag.optional(),
            dataFiles: z.array(nonEmpty).optional(),
          })
          .strict(),
      )
      .min(1, 'at least one pattern'),
    /** Generic and AI-detected types, from the tables of GitHub's article (not in the YAML). */
    nonProviderPatterns: z
      .array(
        z
          .object({
            provider: nonEmpty,
            secretType: nonEmpty,
            category: nonEmpty.optional(),
            description: nonEmpty,
            precision: nonEmpty.optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type GitleaksData = z.output<typeof gitleaksDataSchema>;
export type TrufflehogData = z.output<typeof trufflehogDataSchema>;
export type GithubData = z.output<typeof githubDataSchema>;
