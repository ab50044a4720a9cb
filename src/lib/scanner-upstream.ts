/**
 * Turns the scanners' own files into our scanner data (src/schemas/scanner-data.ts):
 * gitleaks' config/gitleaks.toml, TruffleHog's proto/detector_type.proto and
 * github/docs' public-docs.yml. Pure: `npm run update:scanners`
 * (scripts/update-scanners.ts) reads the files and writes content/scanners/.
 */
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { GithubData, GitleaksData, TrufflehogData } from '../schemas/scanner-data';
import type { ScannerKey } from './scanner-links';

export interface Upstream {
  repo: string;
  /** The file's path in its repository, when it is read from a local copy. */
  path: string;
  license: string;
}

export const UPSTREAM: Record<ScannerKey, Upstream> = {
  gitleaks: { repo: 'gitleaks/gitleaks', path: 'config/gitleaks.toml', license: 'MIT' },
  trufflehog: { repo: 'trufflesecurity/trufflehog', path: 'proto/detector_type.proto', license: 'AGPL-3.0 (ids only are listed here)' },
  github: { repo: 'github/docs', path: 'src/secret-scanning/data/public-docs.yml', license: 'CC-BY-4.0' },
};

export interface Origin {
  /** The file at its commit on github.com, as the data's `source`. */
  source: string;
  commit: string;
  /** Where to download it from, for a URL; undefined for a local file. */
  download?: string;
  /** Its path in the repository. */
  path: string;
}

const COMMIT = /^[0-9a-f]{40}$/;

/**
 * Where a file came from. A URL names its commit (github.com/<repo>/blob/<commit>/<path> or
 * raw.githubusercontent.com/<repo>/<commit>/<path>); a local file needs `commit` to say which upstream commit
 * it is. A branch name is refused: the data must say exactly which version it lists.
 */
export function originOf(scanner: ScannerKey, input: string, commit?: string): Origin {
  const upstream = UPSTREAM[scanner];
  if (/^https?:\/\//.test(input)) {
    const url = new URL(input);
    const parts = url.pathname.split('/').filter(Boolean);
    const onGithub = url.hostname === 'github.com' && (parts[2] === 'blob' || parts[2] === 'raw');
    const onRaw = url.hostname === 'raw.githubusercontent.com';
    if (!onGithub && !onRaw) {
      throw new Error(`${input}: expected a github.com/<owner>/<repo>/blob/<commit>/<path> or raw.githubusercontent.com URL`);
    }
    const repo = parts.slice(0, 2).join('/');
    const ref = onGithub ? parts[3] : parts[2];
    const path = parts.slice(onGithub ? 4 : 3).join('/');
    if (repo !== upstream.repo) throw new Error(`${input}: the ${scanner} data comes from ${upstream.repo}, not ${repo}`);
    const pinned = commit ?? ref ?? '';
    if (!COMMIT.test(pinned)) throw new Error(`${input}: use a URL at a commit (40 hex digits), not ${JSON.stringify(ref)}, or pass --commit`);
    return {
      source: `https://github.com/${repo}/blob/${pinned}/${path}`,
      commit: pinned,
      download: `https://raw.githubusercontent.com/${repo}/${ref}/${path}`,
      path,
    };
  }
  if (!commit || !COMMIT.test(commit)) {
    throw new Error(`${input}: for a local file, pass --commit <the 40-hex-digit upstream commit it was taken at>`);
  }
  return { source: `https://github.com/${upstream.repo}/blob/${commit}/${upstream.path}`, commit, path: upstream.path };
}

const asString = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** gitleaks.toml: one rule per [[rules]] table, sorted by id; allowlists are left out. */
export function gitleaksFromToml(text: string, origin: Origin): GitleaksData {
  const config = parseToml(text) as { minVersion?: unknown; rules?: Record<string, unknown>[] };
  const rules = (config.rules ?? []).map((rule, index) => {
    const id = asString(rule.id);
    const description = asString(rule.description);
    if (!id || !description) throw new Error(`gitleaks.toml: [[rules]] number ${index + 1} has no id or description`);
    return {
      id,
      description,
      ...(asString(rule.regex) ? { regex: rule.regex as string } : {}),
      keywords: Array.isArray(rule.keywords) ? rule.keywords.map(String) : [],
      ...(typeof rule.entropy === 'number' ? { entropy: rule.entropy } : {}),
      ...(asString(rule.path) ? { path: rule.path as string } : {}),
      ...(typeof rule.secretGroup === 'number' ? { secretGroup: rule.secretGroup } : {}),
    };
  });
  rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    scanner: 'gitleaks',
    source: origin.source,
    commit: origin.commit,
    license: UPSTREAM.gitleaks.license,
    ...(asString(config.minVersion) ? { minVersion: config.minVersion as string } : {}),
    notes:
      'One object per [[rules]] table of gitleaks.toml, written by `npm run update:scanners`. regex is Go RE2 syntax. ' +
      'Rule-level allowlists and the global [allowlist] are not included. A rule without regex matches on path only.',
    ruleCount: rules.length,
    rules,
  };
}

/**
 * detector_type.proto: every value of `enum DetectorType`, in proto order. The proto does not say which values have
 * a detector; `package` (the pkg/detectors/ folder) is kept from the previous data for known names, null for new
 * values marked "Not yet implemented", and left out for other new values (treated as implemented, so they get a page).
 */
export function trufflehogFromProto(text: string, origin: Origin, previous?: TrufflehogData): TrufflehogData {
  const body = /enum\s+DetectorType\s*\{([\s\S]*?)\n\}/.exec(text)?.[1];
  if (body === undefined) throw new Error('detector_type.proto: no "enum DetectorType { … }" block');
  const known = new Map((previous?.detectors ?? []).map((d) => [d.name, d]));
  const detectors: TrufflehogData['detectors'] = [];
  for (const line of body.split('\n')) {
    const value = /^\s*([A-Za-z][A-Za-z0-9_]*)\s*=\s*(\d+)\s*(\[[^\]]*\])?\s*;\s*(?:\/\/\s*(.*?))?\s*$/.exec(line);
    if (!value) continue;
    const [, name, number, options, comment] = value;
    const before = known.get(name!);
    const notImplemented = /not yet implemented/i.test(comment ?? '');
    detectors.push({
      name: name!,
      number: Number(number),
      ...(before && before.package !== undefined ? { package: before.package } : notImplemented ? { package: null } : {}),
      ...(before?.packages ? { packages: before.packages } : {}),
      ...(options && /deprecated\s*=\s*true/.test(options) ? { deprecated: true as const } : {}),
      ...(comment ? { comment } : {}),
    });
  }
  if (detectors.length === 0) throw new Error('detector_type.proto: enum DetectorType has no values');
  return {
    scanner: 'trufflehog',
    source: origin.source,
    commit: origin.commit,
    license: UPSTREAM.trufflehog.license,
    notes:
      'Every value of enum DetectorType in proto order, written by `npm run update:scanners`. deprecated: true where the ' +
      'value carries [deprecated = true]; comment: the trailing comment, verbatim. package: the pkg/detectors/ folder that ' +
      'implements it, kept from the previous data; null when none does (never in TruffleHog output); absent for a value ' +
      'new since then that is not marked "Not yet implemented".',
    detectorCount: detectors.length,
    detectors,
  };
}

/** public-docs.yml: one row per pattern; "a, </br>b" in secretType lists several ids. */
export function githubFromYaml(text: string, origin: Origin, previous?: GithubData): GithubData {
  const rows = parseYaml(text) as unknown;
  if (!Array.isArray(rows)) throw new Error('public-docs.yml: expected a list of patterns');
  const dataFile = /pattern-docs\/([^/]+)\/public-docs\.yml$/.exec(origin.path)?.[1];
  const flag = (row: Record<string, unknown>, key: string): boolean | string | undefined => {
    const value = row[key];
    return typeof value === 'boolean' || typeof value === 'string' ? value : undefined;
  };
  const patterns = rows.map((row: Record<string, unknown>, index) => {
    const provider = asString(row.provider);
    const supportedSecret = asString(row.supportedSecret);
    const secretType = asString(row.secretType);
    if (!provider || !supportedSecret || !secretType) {
      throw new Error(`public-docs.yml: row ${index + 1} lacks provider, supportedSecret or secretType`);
    }
    const optional = (key: string, as = key) => (flag(row, key) !== undefined ? { [as]: flag(row, key) } : {});
    return {
      provider,
      supportedSecret,
      secretType,
      secretTypes: secretType
        .split(/,\s*(?:<\/?br\s*\/?>)?/i)
        .map((id) => id.replace(/<\/?br\s*\/?>/gi, '').trim())
        .filter(Boolean),
      isPublic: flag(row, 'isPublic') ?? false,
      isPrivateWithGhas: flag(row, 'isPrivateWithGhas') ?? false,
      hasPushProtection: flag(row, 'hasPushProtection') ?? false,
      hasValidityCheck: flag(row, 'hasValidityCheck') ?? false,
      ...optional('hasExtendedMetadata'),
      ...optional('base64Supported'),
      ...optional('isduplicate', 'isDuplicate'),
      ...(dataFile ? { dataFiles: [dataFile] } : {}),
    } as GithubData['patterns'][number];
  });
  return {
    scanner: 'github-secret-scanning',
    source: origin.source,
    commit: origin.commit,
    license: UPSTREAM.github.license,
    notes:
      'One row per pattern of public-docs.yml, written by `npm run update:scanners`; secretTypes splits secretType ' +
      '("a, </br>b"). nonProviderPatterns (generic and AI-detected types) come from the tables of GitHub\'s article ' +
      '"Supported secret scanning patterns", not the YAML, and are kept from the previous data.',
    patternCount: patterns.length,
    patterns,
    nonProviderPatterns: previous?.nonProviderPatterns ?? [],
  };
}
