import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { apiDocument, apiSchema, type ApiSecretInput } from '../../src/lib/api-records';
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
const doc = apiDocument([input('zeta-token'), input('alpha-token')], location);

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
    expect(record!.lastReviewed).toBe('2026-11-29');
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
