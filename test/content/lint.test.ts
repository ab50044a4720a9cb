/**
 * The content lint: what every published guide must be, beyond its schema.
 * Sections in order, no placeholder text, no live-looking token, only
 * well-formed https links, and no paragraph copied between guides (shared
 * text lives once, in src/components/shared/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_SECTIONS } from '../../src/lib/sections';
import { REAL_TOKEN_PATTERNS, realTokenIn } from './token-patterns';

const FOLDERS = ['content/secrets', 'content/guides'];
const files = FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `${folder}/${name}`),
);
const text = (file: string) => readFileSync(file, 'utf8');
const body = (file: string) => text(file).replace(/^---\n[\s\S]*?\n---\n/, '');

const AUTHORED = GUIDE_SECTIONS.filter((s) => s.author === 'guide').map((s) => s.id);
const PLACEHOLDER = /\b(?:TODO|TBD|FIXME|XXX|lorem ipsum)\b|\[(?:link|url|citation) needed\]/i;

/** Prose paragraphs long enough that a repeat is a copy, not a coincidence. */
function paragraphs(file: string): string[] {
  return body(file)
    .replace(/```[\s\S]*?```/g, '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/<\/?Section[^>]*>/g, '').replace(/\s+/g, ' ').trim())
    .filter((p) => p.length >= 80 && !p.startsWith('<') && !p.startsWith('import '));
}

describe.each(files)('%s', (file) => {
  it('has no placeholder text', () => {
    expect(text(file).match(PLACEHOLDER)?.[0]).toBeUndefined();
  });

  it('has no example that a scanner would report as a live token', () => {
    expect(realTokenIn(text(file))).toBeUndefined();
  });

  it('links only to well-formed https URLs', () => {
    const urls = [...text(file).matchAll(/\]\((https?:[^)\s]+)\)|(?:url|href|create|revoke|audit|docs):\s*(\S+:\/\/\S+)/g)].map(
      (m) => m[1] ?? m[2]!,
    );
    for (const url of urls) {
      expect(url, url).toMatch(/^https:\/\//);
      expect(() => new URL(url)).not.toThrow();
    }
  });

  if (file.startsWith('content/secrets/')) {
    it('writes its sections in the order of the permalink contract', () => {
      const ids = [...body(file).matchAll(/<Section id="([^"]+)">/g)].map((m) => m[1]);
      expect(ids).toEqual(AUTHORED);
    });
  }
});

describe('across guides', () => {
  it('no paragraph is copied between guides', () => {
    const seen = new Map<string, string>();
    const copies: string[] = [];
    for (const file of files) {
      for (const paragraph of new Set(paragraphs(file))) {
        const first = seen.get(paragraph);
        if (first) copies.push(`${file} repeats a paragraph of ${first}: "${paragraph.slice(0, 60)}…"`);
        else seen.set(paragraph, file);
      }
    }
    expect(copies).toEqual([]);
  });

  it('the token patterns catch what they are for', () => {
    // A pattern that matches nothing would make the check above pass vacuously.
    expect(realTokenIn('key = "AKIA' + 'IOSFODNN7EXAMPLX"')).toMatch(/AWS/);
    expect(realTokenIn('ghp_' + 'a'.repeat(36))).toMatch(/GitHub/);
    expect(realTokenIn('CCIPAT_EXAMPLE_not_a_real_token')).toBeUndefined();
    expect(Object.keys(REAL_TOKEN_PATTERNS).length).toBeGreaterThan(10);
  });
});
