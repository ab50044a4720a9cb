/**
 * The public JSON API, /api/v1/secrets.json, and its JSON Schema. Tools such
 * as scanners and ticket bots read it to link findings to guides, so version 1
 * only ever grows: fields are never removed, renamed or given another type.
 * Pure: the endpoints pass the guides and where the site is published.
 */
import type { SecretFrontmatter } from '../schemas/secret';
import { CATEGORIES } from '../schemas/secret';
import type { ScannerCatalog } from './scanner-data';
import type { ScannerLink } from './scanner-links';
import { SCANNERS } from './scanner-links';
import { GUIDE_SECTIONS } from './sections';
import { absoluteUrl, type SiteLocation } from './ticket-checklist';
import { secretPath } from './urls';

export const API_VERSION = 1;
export const API_PATHS = { secrets: 'api/v1/secrets.json', schema: 'api/v1/schema.json' } as const;

export interface ApiSection {
  id: string;
  title: string;
  url: string;
}

export interface ApiSecret {
  id: string;
  name: string;
  provider: string;
  category: string;
  url: string;
  checklistUrl: string;
  sections: ApiSection[];
  detectors: { gitleaks: string[]; trufflehog: string[]; githubSecretScanning: string[] };
  tokenPrefixes: string[];
  /** The guide's tokenFormat.pattern (a JavaScript regular expression), or null where the shape is not documented. */
  tokenPattern: string | null;
  lastReviewed: string;
}

export interface ApiScannerId {
  id: string;
  url: string;
  guides: string[];
}

export interface ApiScanner {
  key: string;
  name: string;
  reportField: string;
  source: string;
  commit: string;
  license: string;
  ids: ApiScannerId[];
}

export interface ApiDocument {
  $schema: string;
  version: typeof API_VERSION;
  secrets: ApiSecret[];
  scanners: ApiScanner[];
}

export type ApiSecretInput = Pick<
  SecretFrontmatter,
  'id' | 'name' | 'provider' | 'category' | 'detectors' | 'tokenFormat' | 'lastReviewed'
>;

export function apiRecord(secret: ApiSecretInput, location: SiteLocation): ApiSecret {
  const url = absoluteUrl(location, secretPath(secret.id));
  return {
    id: secret.id,
    name: secret.name,
    provider: secret.provider,
    category: secret.category,
    url,
    checklistUrl: absoluteUrl(location, `${secretPath(secret.id)}checklist.md`),
    // Only the contract's sections: they are the anchors promised never to move.
    sections: GUIDE_SECTIONS.map((s) => ({ id: s.id, title: s.title, url: `${url}#${s.id}` })),
    detectors: {
      gitleaks: [...secret.detectors.gitleaks],
      trufflehog: [...secret.detectors.trufflehog],
      githubSecretScanning: [...secret.detectors.githubSecretScanning],
    },
    tokenPrefixes: [...secret.tokenFormat.prefixes],
    tokenPattern: secret.tokenFormat.pattern ?? null,
    lastReviewed: secret.lastReviewed.toISOString().slice(0, 10),
  };
}

/** Every id of every scanner (the /go/ links, canonical spellings only) and the guides it leads to. */
export function apiScanners(
  links: readonly ScannerLink[],
  provenance: ScannerCatalog['provenance'],
  location: SiteLocation,
): ApiScanner[] {
  return SCANNERS.map((scanner) => ({
    key: scanner.key,
    name: scanner.name,
    reportField: scanner.reportField,
    ...provenance[scanner.key],
    ids: links
      .filter((link) => link.scanner.key === scanner.key && !link.aliasOf)
      .map((link) => ({ id: link.detectorId, url: absoluteUrl(location, link.path), guides: link.guides.map((g) => g.id) })),
  }));
}

/** Sorted by id, so the file only changes when a guide or the scanner data does. */
export function apiDocument(secrets: readonly ApiSecretInput[], scanners: ApiScanner[], location: SiteLocation): ApiDocument {
  return {
    $schema: absoluteUrl(location, API_PATHS.schema),
    version: API_VERSION,
    secrets: [...secrets].sort((a, b) => a.id.localeCompare(b.id, 'en')).map((s) => apiRecord(s, location)),
    scanners,
  };
}

const strings = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const absoluteUri = { type: 'string', format: 'uri', pattern: '^https?://' } as const;

/** JSON Schema (draft 2020-12) of apiDocument's output. Its $id is where it is served. */
export function apiSchema(location: SiteLocation) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: absoluteUrl(location, API_PATHS.schema),
    title: 'Leakfix secret guides, API version 1',
    description:
      'Every Leakfix guide for a leaked secret, with the URL of each section and the scanner ids that report it. ' +
      'Version 1 is stable: within /api/v1/ no field is removed, renamed or given another type, and section ids ' +
      'and URLs keep resolving. New fields may be added, so ignore fields you do not know. A breaking change ' +
      'would be published as /api/v2/, next to an unchanged v1.',
    type: 'object',
    required: ['version', 'secrets'],
    properties: {
      $schema: { type: 'string', format: 'uri', description: 'The URL of this schema.' },
      version: { const: API_VERSION, description: 'The API version; always 1 under /api/v1/.' },
      secrets: { type: 'array', items: { $ref: '#/$defs/secret' }, description: 'Sorted by id.' },
      scanners: {
        type: 'array',
        items: { $ref: '#/$defs/scanner' },
        description: 'Every id that gitleaks, TruffleHog and GitHub secret scanning can report, and where it leads.',
      },
    },
    $defs: {
      secret: {
        type: 'object',
        required: [
          'id',
          'name',
          'provider',
          'category',
          'url',
          'checklistUrl',
          'sections',
          'detectors',
          'tokenPrefixes',
          'tokenPattern',
          'lastReviewed',
        ],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', description: 'Stable id; the guide is /secrets/<id>/.' },
          name: { type: 'string', minLength: 1 },
          provider: { type: 'string', minLength: 1 },
          // Not an enum: a new category must not make v1 data invalid against a cached schema.
          category: { type: 'string', minLength: 1, examples: [...CATEGORIES], description: 'The catalog category; new ones may be added.' },
          url: { ...absoluteUri, description: 'The guide page.' },
          checklistUrl: { ...absoluteUri, description: 'The response as a Markdown checklist for a ticket.' },
          sections: {
            type: 'array',
            description: 'The sections every guide has, in page order.',
            items: {
              type: 'object',
              required: ['id', 'title', 'url'],
              properties: {
                id: { type: 'string', minLength: 1, description: 'The anchor of the section.' },
                title: { type: 'string', minLength: 1 },
                url: { ...absoluteUri, description: 'The guide URL with #<id>.' },
              },
            },
          },
          detectors: {
            type: 'object',
            description: 'Ids the scanners report this secret as. /go/<scanner>/<id>/ leads to the guide.',
            required: ['gitleaks', 'trufflehog', 'githubSecretScanning'],
            properties: {
              gitleaks: { ...strings, description: 'gitleaks rule ids (RuleID in its JSON report).' },
              trufflehog: { ...strings, description: 'TruffleHog detector names (DetectorName in --json output).' },
              githubSecretScanning: { ...strings, description: 'GitHub secret scanning secret_type values.' },
            },
          },
          tokenPrefixes: { ...strings, description: 'Fixed prefixes a token starts with; empty when it has none.' },
          tokenPattern: {
            type: ['string', 'null'],
            description:
              'A JavaScript regular expression for the whole token, from the provider\'s documentation or the ' +
              'scanners\' patterns; null when the shape is not documented.',
          },
          lastReviewed: { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD.' },
        },
      },
      scanner: {
        type: 'object',
        required: ['key', 'name', 'reportField', 'source', 'commit', 'license', 'ids'],
        properties: {
          key: { type: 'string', minLength: 1, description: 'The URL segment: /go/<key>/<id>/.' },
          name: { type: 'string', minLength: 1 },
          reportField: { type: 'string', minLength: 1, description: 'The field of the scanner\'s output that holds the id.' },
          source: { ...absoluteUri, description: 'The upstream file the ids were taken from, at that commit.' },
          commit: { type: 'string', pattern: '^[0-9a-f]{40}$' },
          license: { type: 'string', minLength: 1, description: 'The licence of the upstream file.' },
          ids: {
            type: 'array',
            description: 'Every id the scanner can report, sorted, in its own spelling (a lower-case form also resolves).',
            items: {
              type: 'object',
              required: ['id', 'url', 'guides'],
              properties: {
                id: { type: 'string', minLength: 1 },
                url: { ...absoluteUri, description: 'The /go/ page of the id.' },
                guides: {
                  ...strings,
                  description:
                    'Ids of the guides it leads to: one (the /go/ page redirects there), several (the page tells ' +
                    'them apart) or none (the page gives the first response for a secret without a guide).',
                },
              },
            },
          },
        },
      },
    },
  } as const;
}
