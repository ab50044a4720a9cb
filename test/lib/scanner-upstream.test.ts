/**
 * `npm run update:scanners` on small fixture files in the upstream layouts (test/fixtures/scanners/), offline:
 * what it keeps of each file, where it says the data came from, and that it writes nothing the build would reject.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readScannerData, scannerCatalog } from '../../src/lib/scanner-data';
import { githubFromYaml, gitleaksFromToml, originOf, trufflehogFromProto } from '../../src/lib/scanner-upstream';
import { githubDataSchema, gitleaksDataSchema, trufflehogDataSchema } from '../../src/schemas/scanner-data';
import { updateScanner } from '../../scripts/update-scanners';

const FIXTURES = 'test/fixtures/scanners';
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const COMMIT = '0123456789abcdef0123456789abcdef01234567';

describe('originOf', () => {
  it('reads the commit and path from a github.com or raw URL, and downloads the raw file', () => {
    const blob = originOf('gitleaks', `https://github.com/gitleaks/gitleaks/blob/${COMMIT}/config/gitleaks.toml`);
    expect(blob).toEqual({
      source: `https://github.com/gitleaks/gitleaks/blob/${COMMIT}/config/gitleaks.toml`,
      commit: COMMIT,
      download: `https://raw.githubusercontent.com/gitleaks/gitleaks/${COMMIT}/config/gitleaks.toml`,
      path: 'config/gitleaks.toml',
    });
    const raw = originOf('github', `https://raw.githubusercontent.com/github/docs/${COMMIT}/src/secret-scanning/data/pattern-docs/fpt/public-docs.yml`);
    expect(raw.source).toBe(`https://github.com/github/docs/blob/${COMMIT}/src/secret-scanning/data/pattern-docs/fpt/public-docs.yml`);
  });

  it('names the upstream file at the given commit for a local copy', () => {
    expect(originOf('trufflehog', 'x.proto', COMMIT)).toEqual({
      source: `https://github.com/trufflesecurity/trufflehog/blob/${COMMIT}/proto/detector_type.proto`,
      commit: COMMIT,
      path: 'proto/detector_type.proto',
    });
  });

  it('refuses what does not say exactly which version it is, or comes from another repository', () => {
    expect(() => originOf('gitleaks', 'https://github.com/gitleaks/gitleaks/blob/master/config/gitleaks.toml')).toThrow(/at a commit/);
    expect(() => originOf('gitleaks', 'gitleaks.toml')).toThrow(/--commit/);
    expect(() => originOf('gitleaks', `https://github.com/someone/fork/blob/${COMMIT}/config/gitleaks.toml`)).toThrow(/gitleaks\/gitleaks, not someone\/fork/);
    expect(() => originOf('gitleaks', 'https://example.org/gitleaks.toml', COMMIT)).toThrow(/expected a github\.com/);
  });
});

describe('gitleaksFromToml', () => {
  const data = gitleaksFromToml(fixture('gitleaks.toml'), originOf('gitleaks', 'gitleaks.toml', COMMIT));

  it('keeps every rule, sorted by id, with its regex, keywords, entropy, path and secret group; no allowlists', () => {
    expect(data.rules.map((r) => r.id)).toEqual(['alpha-secret', 'pkcs12-file', 'zeta-api-token']);
    expect(data.rules[2]).toEqual({
      id: 'zeta-api-token',
      description: 'Found a Zeta API token.',
      regex: String.raw`\b(zt_[a-z0-9]{32})(?:[\x60'"\s;]|\\[nr]|$)`,
      keywords: ['zt_'],
      entropy: 3.5,
    });
    expect(data.rules[1]).toEqual({ id: 'pkcs12-file', description: 'Found a PKCS #12 file.', keywords: [], path: String.raw`(?i)(?:^|\/)[^\/]+\.p(?:12|fx)$` });
    expect(data.rules[0]!.secretGroup).toBe(1);
    expect(data).toMatchObject({ ruleCount: 3, minVersion: 'v8.25.0', license: 'MIT', commit: COMMIT });
    expect(gitleaksDataSchema.safeParse(data).success).toBe(true);
  });
});

describe('trufflehogFromProto', () => {
  const previous = readScannerData().trufflehog;
  const data = trufflehogFromProto(fixture('detector_type.proto'), originOf('trufflehog', 'x.proto', COMMIT), previous);

  it('keeps every value of enum DetectorType in order, with deprecation and comment, and no other enum', () => {
    expect(data.detectors.map((d) => [d.name, d.number])).toEqual([
      ['Alibaba', 0],
      ['AMQP', 1],
      ['Github', 8],
      ['OldThing', 9],
      ['BrandNew', 1070],
      ['Planned', 1071],
    ]);
    expect(data.detectors.find((d) => d.name === 'OldThing')?.deprecated).toBe(true);
    expect(data.detectors.find((d) => d.name === 'AMQP')?.comment).toBe('Not yet implemented');
    expect(trufflehogDataSchema.safeParse(data).success).toBe(true);
  });

  it('keeps the implementing package of known values; a new value has none unless marked not implemented', () => {
    expect(data.detectors.find((d) => d.name === 'Github')?.package).toBe('github');
    expect(data.detectors.find((d) => d.name === 'AMQP')?.package).toBeNull();
    expect(data.detectors.find((d) => d.name === 'Planned')?.package).toBeNull();
    expect(data.detectors.find((d) => d.name === 'BrandNew')).not.toHaveProperty('package');
  });
});

describe('githubFromYaml', () => {
  const previous = readScannerData().github;
  const path = 'https://github.com/github/docs/blob/' + COMMIT + '/src/secret-scanning/data/pattern-docs/ghes-3.22/public-docs.yml';
  const data = githubFromYaml(fixture('public-docs.yml'), originOf('github', path), previous);

  it('keeps every row, splits several ids, and keeps Liquid flags verbatim', () => {
    expect(data.patterns.map((p) => p.secretTypes)).toEqual([['adafruit_io_key'], ['aws_access_key_id', 'aws_secret_access_key']]);
    expect(data.patterns[0]).toMatchObject({
      provider: 'Adafruit',
      supportedSecret: 'Adafruit IO Key',
      hasExtendedMetadata: '{% ifversion ghes %}false{% else %}true{% endif %}',
      isDuplicate: false,
      dataFiles: ['ghes-3.22'],
    });
    expect(data.patterns[1]!.secretType).toBe('aws_access_key_id, </br>aws_secret_access_key');
    expect(data.license).toBe('CC-BY-4.0');
    expect(githubDataSchema.safeParse(data).success).toBe(true);
  });

  it('keeps the generic types, which come from GitHub\'s article rather than the YAML', () => {
    expect(data.nonProviderPatterns).toEqual(previous.nonProviderPatterns);
  });
});

describe('updateScanner', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('rewrites one data file from a local upstream file, which the build then reads', async () => {
    root = mkdtempSync(join(tmpdir(), 'leakfix-scanners-'));
    cpSync('content/scanners', join(root, 'content/scanners'), { recursive: true });
    const summary = await updateScanner('gitleaks', join(FIXTURES, 'gitleaks.toml'), COMMIT, root);
    expect(summary).toBe(`content/scanners/gitleaks.json: 3 ids from https://github.com/gitleaks/gitleaks/blob/${COMMIT}/config/gitleaks.toml`);
    const catalog = scannerCatalog(readScannerData(root));
    expect(catalog.ids.gitleaks.map((r) => r.id)).toEqual(['alpha-secret', 'pkcs12-file', 'zeta-api-token']);
    expect(catalog.provenance.gitleaks.commit).toBe(COMMIT);
    expect(catalog.ids.trufflehog.length).toBe(scannerCatalog(readScannerData()).ids.trufflehog.length);
  });
});
