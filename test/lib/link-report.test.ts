import { describe, expect, it } from 'vitest';
import type { GuideLinks } from '../../src/lib/external-links';
import type { LinkResult } from '../../src/lib/link-check';
import { buildReport, formatReport, hasBrokenLinks, linkTargets } from '../../src/lib/link-report';

const guides: GuideLinks[] = [
  {
    file: 'content/secrets/a.mdx',
    links: [
      { url: 'https://example.com/tokens', where: 'links.revoke' },
      { url: 'https://example.com/docs', where: 'sources.0' },
      { url: 'https://api.example.com/me', where: 'verify.url', api: { method: 'GET' } },
    ],
  },
  {
    file: 'content/guides/b.mdx',
    links: [
      { url: 'https://example.com/docs', where: 'line 12' },
      { url: 'https://slow.example.com/', where: 'sources.0' },
    ],
  },
];

describe('linkTargets', () => {
  it('requests a URL once however many guides use it', () => {
    expect(linkTargets(guides)).toEqual([
      { url: 'https://example.com/tokens', method: 'GET', api: false },
      { url: 'https://example.com/docs', method: 'GET', api: false },
      { url: 'https://api.example.com/me', method: 'GET', api: true },
      { url: 'https://slow.example.com/', method: 'GET', api: false },
    ]);
  });
});

describe('the report', () => {
  const targets = linkTargets(guides);
  const results: LinkResult[] = [
    { outcome: 'broken', status: 404, attempts: 1 },
    { outcome: 'redirected', status: 200, finalUrl: 'https://docs.example.com/', attempts: 1 },
    { outcome: 'ok', status: 401, attempts: 1 },
    { outcome: 'timeout', error: 'no answer within 15 s', attempts: 2 },
  ];
  const report = buildReport(guides, targets, results);

  it('gives each guide the answer for each of its links, and counts distinct URLs', () => {
    expect(report.requests).toBe(4);
    expect(report.counts).toEqual({ ok: 1, redirected: 1, broken: 1, 'server-error': 0, timeout: 1, refused: 0, failed: 0 });
    expect(report.guides[1]!.links[0]).toEqual({
      url: 'https://example.com/docs',
      where: 'line 12',
      outcome: 'redirected',
      status: 200,
      finalUrl: 'https://docs.example.com/',
      attempts: 1,
    });
    expect(hasBrokenLinks(report)).toBe(true);
  });

  it('round-trips as JSON', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('prints, per guide, each link that is not plainly ok, then the totals', () => {
    const text = formatReport(report);
    expect(text.split('\n')).toEqual([
      'content/secrets/a.mdx',
      '  broken (404)       links.revoke  https://example.com/tokens',
      '  redirected (200)   sources.0     https://example.com/docs → https://docs.example.com/',
      '',
      'content/guides/b.mdx',
      '  redirected (200)   line 12       https://example.com/docs → https://docs.example.com/',
      '  timeout            sources.0     https://slow.example.com/ (no answer within 15 s)',
      '',
      '4 distinct URLs from 2 guides: 1 ok, 1 redirected, 1 broken, 0 server-error, 1 timeout, 0 refused, 0 failed.',
      'Redirected: link the final URL if it is the same page (not a sign-in page).',
      'Broken links found: fix them, citing the page that replaced each one.',
    ]);
  });

  it('has nothing to fix when nothing is broken', () => {
    const fine = buildReport(guides, targets, targets.map(() => ({ outcome: 'ok' as const, status: 200, attempts: 1 })));
    expect(hasBrokenLinks(fine)).toBe(false);
    expect(formatReport(fine)).toBe('4 distinct URLs from 2 guides: 4 ok, 0 redirected, 0 broken, 0 server-error, 0 timeout, 0 refused, 0 failed.');
  });
});
