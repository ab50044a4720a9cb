/**
 * Scanner links: /go/<scanner>/<detector id>/ leads from a scanner's finding
 * to what to do about it, for every id the scanner can report (the data in
 * content/scanners/, read by src/lib/scanner-data.ts). An id that one guide
 * lists in its `detectors` frontmatter leads to that guide, an id that several
 * list to a page telling them apart, any other id to a "no dedicated guide
 * yet" page. Pure: the pages, the _redirects file, the API and the tests all
 * map guides through here.
 */
import type { SecretFrontmatter } from '../schemas/secret';
import { FrontmatterError } from './frontmatter';
import type { ScannerCatalog, ScannerId } from './scanner-data';
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
  /** Its data file: content/scanners/<dataName>.json. */
  dataName: string;
}

export const SCANNERS: readonly Scanner[] = [
  { key: 'gitleaks', field: 'gitleaks', name: 'gitleaks', idName: 'rule id', reportField: 'RuleID', dataName: 'gitleaks' },
  { key: 'trufflehog', field: 'trufflehog', name: 'TruffleHog', idName: 'detector', reportField: 'DetectorName', dataName: 'trufflehog' },
  {
    key: 'github',
    field: 'githubSecretScanning',
    name: 'GitHub secret scanning',
    idName: 'secret type',
    reportField: 'secret_type',
    dataName: 'github-secret-scanning',
  },
];

/** What a /go/ page needs to know about a guide, including how to tell it apart from others sharing an id. */
export interface LinkedGuide {
  id: string;
  name: string;
  provider: string;
  prefixes: string[];
  shape: string;
}

/** A redirect to the one guide, a page telling several guides apart, or a page for an id without a guide. */
export type LinkKind = 'guide' | 'disambiguation' | 'generic';

export interface ScannerLink {
  scanner: Scanner;
  detectorId: string;
  /** Relative to the site base, e.g. "go/gitleaks/gcp-api-key/". */
  path: string;
  kind: LinkKind;
  /** One guide: a redirect. Several: a disambiguation page. None: generic. Sorted by name. */
  guides: LinkedGuide[];
  /** What the scanner says the id is. */
  about: ScannerId;
  /** Guides for the same provider, offered on a generic page (they cite the provider's official pages). */
  related: LinkedGuide[];
  /** Set on a lower-case alias: the id as the scanner spells it. Its page is the same as the original's. */
  aliasOf?: string;
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

const linkedGuide = (data: GuideSource['data']): LinkedGuide => ({
  id: data.id,
  name: data.name,
  provider: data.provider,
  prefixes: data.tokenFormat.prefixes,
  shape: data.tokenFormat.shape,
});

/** Every id a scanner's data lists, including TruffleHog values that get no page of their own. */
function knownIds(catalog: ScannerCatalog, scanner: ScannerKey): Map<string, ScannerId> {
  const known = new Map(catalog.ids[scanner].map((entry) => [entry.id, entry]));
  if (scanner === 'trufflehog') {
    for (const { name } of catalog.skipped) known.set(name, { id: name, about: name });
  }
  return known;
}

/** One link per id of every scanner, scanner by scanner, sorted by id. */
export function scannerLinks(guides: readonly GuideSource[], catalog: ScannerCatalog): ScannerLink[] {
  const links: ScannerLink[] = [];
  for (const scanner of SCANNERS) {
    const known = knownIds(catalog, scanner.key);
    const lowerCase = new Map([...known.keys()].map((id) => [id.toLowerCase(), id]));
    const byId = new Map<string, LinkedGuide[]>();
    for (const { file, data } of guides) {
      data.detectors[scanner.field].forEach((id, index) => {
        const field = `detectors.${scanner.field}[${index}]`;
        checkDetectorId(file, field, id);
        if (!known.has(id)) {
          const spelled = lowerCase.get(id.toLowerCase());
          throw new FrontmatterError(
            `Invalid frontmatter in ${file}:\n  - "${field}" must be a ${scanner.name} ${scanner.idName} listed in ` +
              `content/scanners/${scanner.dataName}.json; received ${JSON.stringify(id)}` +
              (spelled ? ` (the scanner spells it ${JSON.stringify(spelled)})` : ''),
          );
        }
        const linked = byId.get(id) ?? [];
        // A guide that lists an id twice still appears once.
        if (!linked.some((g) => g.id === data.id)) linked.push(linkedGuide(data));
        byId.set(id, linked);
      });
    }
    const ids = new Set([...catalog.ids[scanner.key].map((entry) => entry.id), ...byId.keys()]);
    for (const id of [...ids].sort((a, b) => a.localeCompare(b, 'en'))) {
      const linked = (byId.get(id) ?? []).sort(byName);
      const about = known.get(id)!;
      const provider = about.provider?.toLowerCase();
      links.push({
        scanner,
        detectorId: id,
        path: goPath(scanner.key, id),
        kind: linked.length === 0 ? 'generic' : linked.length === 1 ? 'guide' : 'disambiguation',
        guides: linked,
        about,
        related:
          linked.length === 0 && provider
            ? guides.filter((g) => g.data.provider.toLowerCase() === provider).map((g) => linkedGuide(g.data)).sort(byName)
            : [],
      });
    }
  }
  return links;
}

/**
 * Scanners print one exact spelling ("Github"), but people type links by hand: every id whose lower-case form is
 * not another id of the same scanner also answers in lower case. The alias page is the same page as the
 * original's, so a case-insensitive file system that merges the two folders loses nothing.
 */
export function lowerCaseAliases(links: readonly ScannerLink[]): ScannerLink[] {
  const taken = new Set(links.map((link) => `${link.scanner.key}/${link.detectorId}`));
  const counts = new Map<string, number>();
  for (const link of links) {
    const key = `${link.scanner.key}/${link.detectorId.toLowerCase()}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return links
    .filter((link) => {
      const lower = `${link.scanner.key}/${link.detectorId.toLowerCase()}`;
      return link.detectorId !== link.detectorId.toLowerCase() && !taken.has(lower) && counts.get(lower) === 1;
    })
    .map((link) => ({ ...link, path: goPath(link.scanner.key, link.detectorId.toLowerCase()), aliasOf: link.detectorId }));
}

/**
 * Words to search for the issuer of an id without a guide: GitHub names the provider; gitleaks rule ids and
 * TruffleHog names start with it ("adafruit-api-key", "Adafruit Io").
 */
export function providerSearchTerms(link: Pick<ScannerLink, 'scanner' | 'detectorId' | 'about'>): string {
  if (link.about.provider && link.about.provider !== 'Generic') return link.about.provider;
  if (link.scanner.key === 'trufflehog') return link.about.about;
  return link.detectorId.replace(/[-_.]+/g, ' ');
}

/** Ids per scanner that lead to one guide, to a disambiguation page, or to a generic page. */
export function coverage(links: readonly ScannerLink[]): Record<ScannerKey, Record<LinkKind, number> & { total: number }> {
  const counts = Object.fromEntries(
    SCANNERS.map((s) => [s.key, { guide: 0, disambiguation: 0, generic: 0, total: 0 }]),
  ) as Record<ScannerKey, Record<LinkKind, number> & { total: number }>;
  for (const link of links) {
    counts[link.scanner.key][link.kind]++;
    counts[link.scanner.key].total++;
  }
  return counts;
}

/**
 * The _redirects file of hosts that read one (Netlify, Cloudflare Pages):
 * a real HTTP redirect for each id that leads to one guide. Shared ids keep
 * their disambiguation page. 302, not 301: browsers cache a 301 for good, and
 * an id becomes shared the day a second guide lists it.
 */
export function redirectsFile(links: readonly ScannerLink[], base: string): string {
  const lines = links
    .filter((link) => link.kind === 'guide')
    .map((link) => `${joinBase(base, link.path)} ${joinBase(base, secretPath(link.guides[0]!.id))} 302`);
  return ['# Scanner links: /go/<scanner>/<id>/ to the guide. Generated from the guides\' detectors frontmatter.', ...lines, ''].join(
    '\n',
  );
}
