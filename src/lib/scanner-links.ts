/**
 * Scanner links: /go/<scanner>/<detector id>/ leads from a scanner's finding
 * to the guide for that secret. Built from each guide's `detectors`
 * frontmatter, so a new guide gets its links without touching code. Pure: the
 * pages, the _redirects file and the tests all map guides through here.
 */
import type { SecretFrontmatter } from '../schemas/secret';
import { FrontmatterError } from './frontmatter';
import { joinBase, secretPath } from './urls';

export type ScannerKey = 'gitleaks' | 'trufflehog' | 'github';

export interface Scanner {
  /** The URL segment: /go/<key>/… */
  key: ScannerKey;
  /** Where a guide lists this scanner's ids. */
  field: keyof SecretFrontmatter['detectors'];
  name: string;
  /** What the scanner calls the id, and the field of its output that holds it. */
  idName: string;
  reportField: string;
}

export const SCANNERS: readonly Scanner[] = [
  { key: 'gitleaks', field: 'gitleaks', name: 'gitleaks', idName: 'rule id', reportField: 'RuleID' },
  { key: 'trufflehog', field: 'trufflehog', name: 'TruffleHog', idName: 'detector', reportField: 'DetectorName' },
  { key: 'github', field: 'githubSecretScanning', name: 'GitHub secret scanning', idName: 'secret type', reportField: 'secret_type' },
];

/** What a /go/ page needs to know about a guide, including how to tell it apart from others sharing an id. */
export interface LinkedGuide {
  id: string;
  name: string;
  provider: string;
  prefixes: string[];
  shape: string;
}

export interface ScannerLink {
  scanner: Scanner;
  detectorId: string;
  /** Relative to the site base, e.g. "go/gitleaks/gcp-api-key/". */
  path: string;
  /** One guide: a redirect. Several: a disambiguation page. Sorted by name. */
  guides: LinkedGuide[];
}

export interface GuideSource {
  /** The guide's file, for error messages: "content/secrets/x.mdx". */
  file: string;
  data: Pick<SecretFrontmatter, 'id' | 'name' | 'provider' | 'detectors' | 'tokenFormat'>;
}

/** An Astro collection entry as a GuideSource. */
export function guideSource(entry: { id: string; filePath?: string | undefined; data: GuideSource['data'] }): GuideSource {
  return { file: entry.filePath ?? `content/secrets/${entry.id}.mdx`, data: entry.data };
}

/**
 * The id becomes a path segment as is, and reports are mapped to URLs by
 * pasting the id in (see the jq examples), so only characters that need no
 * escaping are allowed. "." and ".." alone would be resolved away by URLs.
 */
const SAFE_ID = /^[A-Za-z0-9_.-]+$/;

export function checkDetectorId(file: string, field: string, id: string): void {
  if (!SAFE_ID.test(id) || /^\.+$/.test(id)) {
    throw new FrontmatterError(
      `Invalid frontmatter in ${file}:\n  - "${field}" must use only letters, digits, "_", "." and "-" ` +
        `(it becomes part of a /go/ URL); received ${JSON.stringify(id)}`,
    );
  }
}

export const goPath = (scanner: ScannerKey, detectorId: string): string => `go/${scanner}/${detectorId}/`;

const byName = (a: LinkedGuide, b: LinkedGuide) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id, 'en');

export function scannerLinks(guides: readonly GuideSource[]): ScannerLink[] {
  const links: ScannerLink[] = [];
  for (const scanner of SCANNERS) {
    const byId = new Map<string, LinkedGuide[]>();
    // Case-insensitive file systems (macOS, Windows) would write "Github/" and "GitHub/" into one folder,
    // and a scanner reports one exact spelling, so two spellings of one id are a typo in a guide.
    const spelling = new Map<string, { id: string; file: string }>();
    for (const { file, data } of guides) {
      data.detectors[scanner.field].forEach((id, index) => {
        const field = `detectors.${scanner.field}[${index}]`;
        checkDetectorId(file, field, id);
        const seen = spelling.get(id.toLowerCase());
        if (seen && seen.id !== id) {
          throw new FrontmatterError(
            `Invalid frontmatter in ${file}:\n  - "${field}" is ${JSON.stringify(id)}, but ${seen.file} spells the same ` +
              `${scanner.name} ${scanner.idName} ${JSON.stringify(seen.id)}; use the exact spelling the scanner reports`,
          );
        }
        spelling.set(id.toLowerCase(), { id, file: seen?.file ?? file });
        const linked = byId.get(id) ?? [];
        // A guide that lists an id twice still appears once.
        if (!linked.some((g) => g.id === data.id)) {
          linked.push({
            id: data.id,
            name: data.name,
            provider: data.provider,
            prefixes: data.tokenFormat.prefixes,
            shape: data.tokenFormat.shape,
          });
        }
        byId.set(id, linked);
      });
    }
    for (const id of [...byId.keys()].sort((a, b) => a.localeCompare(b, 'en'))) {
      links.push({ scanner, detectorId: id, path: goPath(scanner.key, id), guides: byId.get(id)!.sort(byName) });
    }
  }
  return links;
}

/**
 * The _redirects file of hosts that read one (Netlify, Cloudflare Pages):
 * a real HTTP redirect for each id that leads to one guide. Shared ids keep
 * their disambiguation page. 302, not 301: browsers cache a 301 for good, and
 * an id becomes shared the day a second guide lists it.
 */
export function redirectsFile(links: readonly ScannerLink[], base: string): string {
  const lines = links
    .filter((link) => link.guides.length === 1)
    .map((link) => `${joinBase(base, link.path)} ${joinBase(base, secretPath(link.guides[0]!.id))} 302`);
  return ['# Scanner links: /go/<scanner>/<id>/ to the guide. Generated from the guides\' detectors frontmatter.', ...lines, ''].join(
    '\n',
  );
}
