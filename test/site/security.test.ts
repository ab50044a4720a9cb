/**
 * Every page carries the Content-Security-Policy and referrer policy in its
 * <head>, and nothing on it needs an exception: no inline script, no inline
 * event handler, no inline style.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/security-headers';
import { builtPages, readPage } from '../support/site';

describe.each(builtPages())('%s', (page) => {
  const html = readPage(page);
  const head = html.slice(0, html.indexOf('</head>'));

  it('sets the CSP and referrer policy before any script', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(head);
    expect(csp?.[1]?.replace(/&#39;/g, "'")).toBe(CONTENT_SECURITY_POLICY);
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.indexOf('<script') === -1 ? Infinity : head.indexOf('<script'));
    expect(head).toContain('<meta name="referrer" content="no-referrer">');
  });

  it('has no inline script, event handler or style', () => {
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? []).toEqual([]);
    expect(html.replace(/="[^"]*"/g, '=""').match(/<[^>]+\son[a-z]+=/gi) ?? []).toEqual([]);
    expect(html.match(/<style\b/g) ?? []).toEqual([]);
    expect(html).not.toMatch(/\sstyle="/);
  });
});

describe('_headers', () => {
  it('repeats the policy for static hosts', () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`);
    expect(headers).toContain('Referrer-Policy: no-referrer');
  });
});
