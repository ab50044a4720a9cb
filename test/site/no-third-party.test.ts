/**
 * Promise 6: pages load nothing from other origins. Any script, stylesheet,
 * font, image, frame or fetchable URL in a built file must be same-origin;
 * plain <a href> links to official docs are fine (they load nothing).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/site';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const LOADING_ATTRIBUTES = [
  /<script\b[^>]*\ssrc="([^"]+)"/g,
  /<link\b[^>]*\shref="([^"]+)"/g,
  /<(?:img|iframe|frame|source|video|audio|embed|track|input)\b[^>]*\ssrc="([^"]+)"/g,
  /<(?:img|source)\b[^>]*\ssrcset="([^"]+)"/g,
  /<object\b[^>]*\sdata="([^"]+)"/g,
];
const CSS_URL = /url\(\s*['"]?([^'")\s]+)/g;
const CSS_IMPORT = /@import\s+['"]([^'"]+)/g;
const JS_IMPORT = /\bimport\s*\(?\s*['"](https?:\/\/[^'"]+)|\bfetch\(\s*['"](https?:\/\/[^'"]+)/g;

const isRemote = (url: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !/^data:/.test(url);

describe('no third-party requests', () => {
  const built = files(DIST);

  it('scans the whole build', () => {
    expect(built.some((f) => f.endsWith('.html'))).toBe(true);
    expect(built.some((f) => f.endsWith('.css'))).toBe(true);
  });

  it('HTML loads only same-origin resources', () => {
    const offenders: string[] = [];
    for (const file of built.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      for (const pattern of LOADING_ATTRIBUTES) {
        for (const match of html.matchAll(pattern)) {
          const tag = match[0];
          // rel=canonical names this page's own public URL; it loads nothing.
          if (/rel="canonical"/.test(tag)) continue;
          for (const url of match[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!)) {
            if (isRemote(url)) offenders.push(`${file}: ${tag.slice(0, 80)}`);
          }
        }
      }
      for (const match of html.matchAll(/\sstyle="([^"]*)"/g)) {
        for (const url of match[1]!.matchAll(CSS_URL)) if (isRemote(url[1]!)) offenders.push(`${file}: style url ${url[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('CSS and JavaScript fetch nothing from other origins', () => {
    const offenders: string[] = [];
    for (const file of built.filter((f) => f.endsWith('.css'))) {
      const css = readFileSync(file, 'utf8');
      for (const m of [...css.matchAll(CSS_URL), ...css.matchAll(CSS_IMPORT)]) if (isRemote(m[1]!)) offenders.push(`${file}: ${m[1]}`);
    }
    for (const file of built.filter((f) => /\.m?js$/.test(f))) {
      for (const m of readFileSync(file, 'utf8').matchAll(JS_IMPORT)) offenders.push(`${file}: ${m[1] ?? m[2]}`);
    }
    expect(offenders).toEqual([]);
  });

  it('the check recognises a remote resource', () => {
    expect(isRemote('https://fonts.example.com/a.woff2')).toBe(true);
    expect(isRemote('//cdn.example.com/x.js')).toBe(true);
    expect(isRemote('/_astro/site.js')).toBe(false);
  });
});
