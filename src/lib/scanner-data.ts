/**
 * Reads content/scanners/*.json (see src/schemas/scanner-data.ts) into one
 * list of ids per scanner, each with what the scanner says it is. The build,
 * `npm run check:content` and the tests all read the scanner data here, so a
 * broken file fails them all with the same message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import {
  githubDataSchema,
  gitleaksDataSchema,
  trufflehogDataSchema,
  type GithubData,
  type GitleaksData,
  type TrufflehogData,
} from '../schemas/scanner-data';
import { formatFrontmatterIssues, FrontmatterError } from './frontmatter';
import { SCANNERS, type ScannerKey } from './scanner-links';

export const SCANNER_DATA_FOLDER = 'content/scanners';

export interface ScannerId {
  id: string;
  /** What the scanner says the id is: gitleaks' description, GitHub's token name, TruffleHog's name in words. */
  about: string;
  /** The provider, where the scanner names one (GitHub secret scanning). */
  provider?: string;
}

export interface ScannerData {
  gitleaks: GitleaksData;
  trufflehog: TrufflehogData;
  github: GithubData;
}

/** Every id per scanner, in the order of the data, and the TruffleHog values that can never be reported. */
export interface ScannerCatalog {
  ids: Record<ScannerKey, ScannerId[]>;
  provenance: Record<ScannerKey, { source: string; commit: string; license: string }>;
  /** TruffleHog enum values without a detector (package null) or deprecated: never in its output, so no page. */
  skipped: { name: string; reason: 'not implemented' | 'deprecated' }[];
}

const SCHEMAS = { gitleaks: gitleaksDataSchema, trufflehog: trufflehogDataSchema, github: githubDataSchema } as const;

function parseFile<T extends z.ZodType>(file: string, text: string, schema: T): z.output<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new FrontmatterError(`Invalid scanner data in ${file}: not valid JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new FrontmatterError(formatFrontmatterIssues(file, raw, result.error, 'scanner data'));
  return result.data;
}

/** Reads and checks the three files; any other file in the folder is an unknown scanner. */
export function readScannerData(root = process.cwd(), folder = SCANNER_DATA_FOLDER): ScannerData {
  const expected = SCANNERS.map((s) => `${s.dataName}.json`);
  const present = existsSync(join(root, folder)) ? readdirSync(join(root, folder)) : [];
  for (const name of present) {
    if (!expected.includes(name)) {
      throw new FrontmatterError(
        `Unknown scanner in ${folder}/${name}: the file name must be one of ${expected.join(', ')}; received ${JSON.stringify(name)}`,
      );
    }
  }
  const read = <K extends ScannerKey>(key: K): ScannerData[K] => {
    const scanner = SCANNERS.find((s) => s.key === key)!;
    const file = `${folder}/${scanner.dataName}.json`;
    if (!present.includes(`${scanner.dataName}.json`)) {
      throw new FrontmatterError(`Missing scanner data: ${file} (run \`npm run update:scanners\`)`);
    }
    return parseFile(file, readFileSync(join(root, file), 'utf8'), SCHEMAS[key]) as ScannerData[K];
  };
  return { gitleaks: read('gitleaks'), trufflehog: read('trufflehog'), github: read('github') };
}

/** "AzureDevopsPersonalAccessToken" → "Azure Devops Personal Access Token", for reading and searching. */
export function nameInWords(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/_/g, ' ');
}

export function scannerCatalog(data: ScannerData): ScannerCatalog {
  const skipped: ScannerCatalog['skipped'] = [];
  const trufflehog: ScannerId[] = [];
  for (const detector of data.trufflehog.detectors) {
    if (detector.deprecated) skipped.push({ name: detector.name, reason: 'deprecated' });
    else if (detector.package === null) skipped.push({ name: detector.name, reason: 'not implemented' });
    else trufflehog.push({ id: detector.name, about: nameInWords(detector.name) });
  }
  const github = new Map<string, ScannerId>();
  for (const row of data.github.patterns) {
    for (const id of row.secretTypes) {
      // An id in two rows (an old and a new token version) keeps the first row's words.
      if (!github.has(id)) github.set(id, { id, about: row.supportedSecret, provider: row.provider });
    }
  }
  for (const row of data.github.nonProviderPatterns) {
    if (!github.has(row.secretType)) github.set(row.secretType, { id: row.secretType, about: row.description, provider: row.provider });
  }
  const provenance = (d: { source: string; commit: string; license: string }) => ({ source: d.source, commit: d.commit, license: d.license });
  return {
    ids: {
      gitleaks: data.gitleaks.rules.map((rule) => ({ id: rule.id, about: rule.description })),
      trufflehog,
      github: [...github.values()],
    },
    provenance: { gitleaks: provenance(data.gitleaks), trufflehog: provenance(data.trufflehog), github: provenance(data.github) },
    skipped,
  };
}

const cache = new Map<string, ScannerCatalog>();

/** The catalog of the project's scanner data, read once per process. */
export function loadScannerCatalog(root = process.cwd()): ScannerCatalog {
  let catalog = cache.get(root);
  if (!catalog) {
    catalog = scannerCatalog(readScannerData(root));
    cache.set(root, catalog);
  }
  return catalog;
}
