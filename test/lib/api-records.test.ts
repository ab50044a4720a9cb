import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { apiDocument, apiScanners, apiSchema, type ApiSecretInput } from '../../src/lib/api-records';
import type { ScannerCatalog } from '../../src/lib/scanner-data';
import { lowerCaseAliases, scannerLinks } from '../../src/lib/scanner-links';
import { GUIDE_SECTIONS } from '../../src/lib/sections';

const input = (id: string): ApiSecretInput => ({
  id,
  name: `Name ${id}`,
  provider: 'Example',
  category: 'ci-cd',
  detectors: { gitleaks: ['rule'], trufflehog: [], githubSecretScanning: ['type_a', 'type_b'] },
  tokenFormat: { prefixes: ['EX_'], shape: 'EX_ then 20 letters' },
  lastReviewed: new Date('2026-11-29'),
});
const location = { site: 'https://kb.example.org', base: '/leakfix' };
const catalog: ScannerCatalog = {
  ids: { gitleaks: [{ id: 'rule', about: 'A rule' }, { id: 'other-rule', about: 'Another' }], trufflehog: [{ id: 'Example', about: 'Example' }], github: [] },
  provenance: {
    gitleaks: { source: 'https://example.org/g', commit: 'a'.repeat(40), license: 'MIT' },
    trufflehog: { source: 'https://example.org/t', commit: 'b'.repeat(40), license: 'AGPL-3.0' },
    github: { source: 'https://example.org/h', commit: 'c'.repeat(40), license: 'CC-BY-4.0' },
  },
  skipped: [],
};
const secrets = [input('zeta-token'), { ...input('alpha-token'), tokenFormat: { prefixes: ['EX_'], shape: 'EX_', pattern: 'EX_[a-z]{20}' } }];
const guides = secrets.map((data) => ({ file: `content/secrets/${data.id}.mdx`, data }));
const links = scannerLinks(
  guides.map((g) => ({ ...g, data: { ...g.data, detectors: { ...g.data.detectors, githubSecretScanning: [] } } })),
  catalog,
);
const doc = apiDocument(secrets, apiScanners([...links, ...lowerCaseAliases(links)], catalog.provenance, location), location);

describe('apiDocument', () => {
  it('sorts records by id and points at its schema', () => {
    expect(doc.secrets.map((s) => s.id)).toEqual(['alpha-token', 'zeta-token']);
    expect(doc.$schema).toBe('https://kb.example.org/leakfix/api/v1/schema.json');
    expect(doc.version).toBe(1);
  });

  it('gives absolute URLs for the guide, its checklist and every section of the contract', () => {
    const [record] = doc.secrets;
    expect(record!.url).toBe('https://kb.example.org/leakfix/secrets/alpha-token/');
    expect(record!.checklistUrl).toBe('https://kb.example.org/leakfix/secrets/alpha-token/checklist.md');
    expect(record!.sections.map((s) => s.url)).toEqual(GUIDE_SECTIONS.map((s) => `${record!.url}#${s.id}`));
  });

  it('copies detectors and prefixes, and writes the review date as YYYY-MM-DD', () => {
    const [record] = doc.secrets;
    expect(record!.detectors).toEqual({ gitleaks: ['rule'], trufflehog: [], githubSecretScanning: ['type_a', 'type_b'] });
    expect(record!.tokenPrefixes).toEqual(['EX_']);
    expect(record!.tokenPattern).toBe('EX_[a-z]{20}');
    expect(doc.secrets[1]!.tokenPattern).toBeNull();
    expect(record!.lastReviewed).toBe('2026-11-29');
  });

  it('maps every scanner id, in its own spelling only, to its /go/ URL and its guides, with the data\'s provenance', () => {
    expect(doc.scanners.map((s) => s.key)).toEqual(['gitleaks', 'trufflehog', 'github']);
    expect(doc.scanners[0]).toMatchObject({ name: 'gitleaks', reportField: 'RuleID', license: 'MIT', commit: 'a'.repeat(40) });
    expect(doc.scanners[0]!.ids).toEqual([
      { id: 'other-rule', url: 'https://kb.example.org/leakfix/go/gitleaks/other-rule/', guides: [] },
      { id: 'rule', url: 'https://kb.example.org/leakfix/go/gitleaks/rule/', guides: ['alpha-token', 'zeta-token'] },
    ]);
    expect(doc.scanners[1]!.ids.map((i) => i.id)).toEqual(['Example']);
  });

  it('validates against its JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    const validate = ajv.compile(apiSchema(location));
    expect(validate(doc), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate({ ...doc, secrets: [{ ...doc.secrets[0], lastReviewed: '29/11/2026' }] })).toBe(false);
  });
});
