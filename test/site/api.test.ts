/** The JSON API in the build: valid against its schema, one record per guide, and every URL in it resolves. */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readSecretGuides } from '../../src/lib/read-guides';
import { GUIDE_SECTIONS } from '../../src/lib/sections';
import { problemWith, siteRoot } from '../support/built-urls';

const json = (path: string) => JSON.parse(readFileSync(`dist/${path}`, 'utf8'));
const doc = json('api/v1/secrets.json');
const schema = json('api/v1/schema.json');
const guides = readSecretGuides();

function validator(strictObjects: boolean) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  // The served schema lets v1 grow; this copy also rejects fields the schema does not describe.
  const closed = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(closed);
    if (!node || typeof node !== 'object') return node;
    const copy = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, closed(v)]));
    return strictObjects && 'properties' in copy ? { ...copy, additionalProperties: false } : copy;
  };
  return { ajv, validate: ajv.compile(closed(schema) as object) };
}

describe('/api/v1/', () => {
  it('schema.json is a draft 2020-12 schema served where its $id says, promising v1 stays stable', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`${siteRoot()}api/v1/schema.json`);
    expect(schema.description).toMatch(/Version 1 is stable/);
  });

  it('secrets.json validates against schema.json', () => {
    const { ajv, validate } = validator(false);
    expect(validate(doc), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('has no field that the schema does not describe', () => {
    const { ajv, validate } = validator(true);
    expect(validate(doc), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('has one record per published guide, with its frontmatter', () => {
    expect(doc.secrets.map((s: { id: string }) => s.id)).toEqual(guides.map((g) => g.data.id).sort());
    for (const { data } of guides) {
      const record = doc.secrets.find((s: { id: string }) => s.id === data.id);
      expect(record).toMatchObject({
        name: data.name,
        provider: data.provider,
        category: data.category,
        detectors: data.detectors,
        tokenPrefixes: data.tokenFormat.prefixes,
        lastReviewed: data.lastReviewed.toISOString().slice(0, 10),
      });
      expect(record.sections.map((s: { id: string }) => s.id)).toEqual(GUIDE_SECTIONS.map((s) => s.id));
    }
  });

  it('every URL in it resolves in the build, anchors included', () => {
    const urls = doc.secrets.flatMap((s: { url: string; checklistUrl: string; sections: { url: string }[] }) => [
      s.url,
      s.checklistUrl,
      ...s.sections.map((section) => section.url),
    ]);
    expect(urls.map((url: string) => problemWith(url)).filter(Boolean)).toEqual([]);
  });

  it('lists /api/v1/secrets.json and /api/v1/schema.json in the permalink manifest', () => {
    const manifest = JSON.parse(readFileSync('test/permalinks.json', 'utf8'));
    expect(manifest).toHaveProperty(['/api/v1/secrets.json']);
    expect(manifest).toHaveProperty(['/api/v1/schema.json']);
  });
});
