/**
 * The scanner data in content/scanners/ and its checks: the three files parse with their schemas and keep their
 * provenance; an unknown scanner, a broken file or a guide's detector id unknown to the data fails
 * `npm run check:content` with one message naming the file, the field and the value.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScannerCatalog, readScannerData } from '../../src/lib/scanner-data';
import { projectWith } from '../support/project-copy';

const FIXTURE = readFileSync('test/fixtures/secrets/example-api-token.mdx', 'utf8');

function dataFolderWith(name: string, text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'leakfix-scanner-data-'));
  cpSync('content/scanners', join(root, 'content/scanners'), { recursive: true });
  writeFileSync(join(root, 'content/scanners', name), text);
  return root;
}

describe('content/scanners/', () => {
  it('lists every id of the three scanners, with source, commit and licence', () => {
    const catalog = loadScannerCatalog();
    const data = readScannerData();
    expect(catalog.ids.gitleaks.length).toBe(data.gitleaks.ruleCount);
    expect(catalog.ids.trufflehog.length + catalog.skipped.length).toBe(data.trufflehog.detectorCount);
    expect(catalog.ids.github.length).toBeGreaterThan(data.github.patternCount);
    for (const provenance of Object.values(catalog.provenance)) {
      expect(provenance.source).toMatch(/^https:\/\/github\.com\/.+\/blob\/[0-9a-f]{40}\//);
      expect(provenance.source).toContain(provenance.commit);
      expect(provenance.license).toBeTruthy();
    }
  });

  it('skips only TruffleHog types that have no detector or are deprecated', () => {
    const data = readScannerData().trufflehog.detectors;
    for (const { name, reason } of loadScannerCatalog().skipped) {
      const detector = data.find((d) => d.name === name)!;
      expect(reason === 'deprecated' ? detector.deprecated : detector.package === null, name).toBe(true);
    }
  });

  it('rejects a file of an unknown scanner, naming it', () => {
    const root = dataFolderWith('semgrep.json', '{}');
    expect(() => readScannerData(root)).toThrow(
      'Unknown scanner in content/scanners/semgrep.json: the file name must be one of gitleaks.json, trufflehog.json, ' +
        'github-secret-scanning.json; received "semgrep.json"',
    );
    rmSync(root, { recursive: true });
  });

  it('rejects a data file that names another scanner or lacks a field, naming the file, the field and the value', () => {
    const data = JSON.parse(readFileSync('content/scanners/gitleaks.json', 'utf8'));
    const root = dataFolderWith('gitleaks.json', JSON.stringify({ ...data, scanner: 'semgrep', commit: 'main' }));
    expect(() => readScannerData(root)).toThrow(/^Invalid scanner data in content\/scanners\/gitleaks\.json:\n {2}- "scanner" must be .*gitleaks.*; received "semgrep"\n {2}- "commit" must be a 40-character git commit hash; received "main"$/);
    rmSync(root, { recursive: true });
  });
});

describe('npm run check:content', () => {
  const check = (root: string) =>
    spawnSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/check-content.ts'], { cwd: root, encoding: 'utf8' });

  it('passes on the fixture guide and prints the coverage of each scanner', () => {
    const root = projectWith(FIXTURE);
    const result = check(root);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/gitleaks: 5 ids \(0 to a guide, 0 shared, 5 without a guide yet\)/);
    rmSync(root, { recursive: true });
  });

  it('fails on a detector id that the scanner data does not list, naming the file, the field and the value', () => {
    const root = projectWith(FIXTURE.replace('  trufflehog: []', '  trufflehog: [NoSuchDetector]'));
    const result = check(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'Invalid frontmatter in content/secrets/example-api-token.mdx:\n  - "detectors.trufflehog[0]" must be a TruffleHog ' +
        'detector listed in content/scanners/trufflehog.json; received "NoSuchDetector"',
    );
    rmSync(root, { recursive: true });
  });

  it('fails on a tokenFormat.pattern that is not a regular expression, naming the file, the field and the value', () => {
    const root = projectWith(FIXTURE.replace('  prefixes: [EXMPL_]\n', "  prefixes: [EXMPL_]\n  pattern: 'EXMPL_(['\n"));
    const result = check(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/secrets/example-api-token.mdx');
    expect(result.stderr).toContain('"tokenFormat.pattern" must be a valid regular expression; received "EXMPL_(["');
    rmSync(root, { recursive: true });
  });
});
