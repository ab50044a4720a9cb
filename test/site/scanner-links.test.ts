/**
 * Scanner links in the build: every detector id of every published guide
 * leads to its guide (or to the page that tells shared ids apart), /go/ lists
 * them all, dist/_redirects agrees, and the jq commands shown on
 * /guides/link-from-your-scanner/ work on sample reports.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSecretGuides } from '../../src/lib/read-guides';
import { redirectsFile, scannerLinks, SCANNERS, type ScannerKey } from '../../src/lib/scanner-links';
import { refreshTarget, siteRoot } from '../support/built-urls';
import { fileForUrl, hrefs, readPage } from '../support/site';
import { realTokenIn } from '../content/token-patterns';

const links = scannerLinks(readSecretGuides());
const root = siteRoot();
const FIXTURES = 'test/fixtures/scanner-reports';

describe.each(links.map((link) => [`/${link.path}`, link] as const))('%s', (url, link) => {
  const html = readPage(url);

  if (link.guides.length === 1) {
    const guide = `/secrets/${link.guides[0]!.id}/`;
    it('redirects to its guide: meta refresh, canonical, noindex and a visible link', () => {
      expect(refreshTarget(html)).toBe(guide);
      expect(existsSync(fileForUrl(guide))).toBe(true);
      expect(html).toContain(`<link rel="canonical" href="${root}${guide.slice(1)}">`);
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(hrefs(html)).toContain(guide);
    });
  } else {
    it('tells the guides apart by prefix and links each one', () => {
      expect(refreshTarget(html)).toBeUndefined();
      expect(html).toContain('<meta name="robots" content="noindex">');
      for (const guide of link.guides) {
        expect(hrefs(html)).toContain(`/secrets/${guide.id}/`);
        for (const prefix of guide.prefixes) expect(html).toContain(`<code>${prefix}</code>`);
      }
    });
  }
});

describe('/go/', () => {
  const html = readPage('/go/');

  it('has one table row per scanner id, linking the id and its guides', () => {
    expect(html.match(/<tr>/g)?.length).toBe(links.length + 1); // and the header row
    for (const link of links) {
      expect(hrefs(html)).toContain(`/${link.path}`);
      for (const guide of link.guides) expect(hrefs(html)).toContain(`/secrets/${guide.id}/`);
    }
  });

  it('has no page for an id that no guide lists', () => {
    for (const scanner of SCANNERS) {
      const folder = join('dist/go', scanner.key);
      const built = existsSync(folder) ? readdirSync(folder).sort() : [];
      expect(built).toEqual(links.filter((l) => l.scanner.key === scanner.key).map((l) => l.detectorId).sort());
    }
  });
});

describe('dist/_redirects', () => {
  it('is at the site root and redirects each id of one guide to it', () => {
    const text = readFileSync('dist/_redirects', 'utf8');
    expect(text).toBe(redirectsFile(links, new URL(root).pathname));
    for (const rule of text.split('\n').filter((line) => line && !line.startsWith('#'))) {
      const [from, to, status] = rule.split(' ');
      expect(existsSync(fileForUrl(from!)), from).toBe(true);
      expect(existsSync(fileForUrl(to!)), to).toBe(true);
      expect(status).toBe('302');
    }
  });
});

describe('the permalink manifest', () => {
  it('lists /go/ and every scanner link (run `npm run permalinks` after adding a detector id)', () => {
    const manifest = Object.keys(JSON.parse(readFileSync('test/permalinks.json', 'utf8')));
    const missing = ['/go/', ...links.map((l) => `/${l.path}`)].filter((url) => !manifest.includes(url));
    expect(missing).toEqual([]);
  });
});

/** The text of each runnable example on the guide, exactly as a reader copies it. */
function examples(): Record<string, string> {
  const html = readPage('/guides/link-from-your-scanner/');
  const blocks = [...html.matchAll(/<div data-scanner-example="([a-z]+)">([\s\S]*?)<\/pre>/g)];
  const text = (code: string) =>
    code
      .replace(/<button[\s\S]*?<\/button>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
      .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .trim();
  return Object.fromEntries(blocks.map((m) => [m[1]!, text(m[2]!)]));
}

function requireJq(): void {
  const result = spawnSync('jq', ['--version']);
  if (result.error) {
    throw new Error(
      'jq is not installed. The scanner examples on /guides/link-from-your-scanner/ use it: add jq to the system packages in .ci/run.',
    );
  }
}

describe('/guides/link-from-your-scanner/ examples', () => {
  const shown = examples();

  it('shows one runnable example per scanner, and every jq command on the page is one of them', () => {
    expect(Object.keys(shown).sort()).toEqual(SCANNERS.map((s) => s.key).sort());
    const html = readPage('/guides/link-from-your-scanner/');
    expect(html.match(/<pre\b/g)?.length).toBe(Object.keys(shown).length);
  });

  it('the sample reports hold only visibly fake secrets', () => {
    for (const name of readdirSync(FIXTURES)) {
      expect(realTokenIn(readFileSync(join(FIXTURES, name), 'utf8')), name).toBeUndefined();
    }
  });

  it.each(SCANNERS.map((s) => s.key))('the %s command maps the sample report to Leakfix URLs that resolve', (key: ScannerKey) => {
    requireJq();
    const output = execFileSync('sh', ['-c', shown[key]!], { cwd: FIXTURES, encoding: 'utf8' });
    const lines = output.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      const [where, id, url] = line.split('\t');
      expect(where, line).toBeTruthy();
      expect(url, line).toBe(`${root}go/${key}/${id}/`);
      const link = links.find((l) => l.scanner.key === key && l.detectorId === id);
      expect(link, `the sample report's ${key} id "${id}" is listed by no published guide`).toBeDefined();
      const page = `/go/${key}/${id}/`;
      expect(existsSync(fileForUrl(page)), `${url} is not in the build`).toBe(true);
      const html = readPage(page);
      const target = refreshTarget(html);
      if (link!.guides.length === 1) expect(target).toBe(`/secrets/${link!.guides[0]!.id}/`);
      else expect(link!.guides.every((g) => hrefs(html).includes(`/secrets/${g.id}/`))).toBe(true);
      if (target) expect(existsSync(fileForUrl(target)), target).toBe(true);
    }
  });

  it('the gitleaks command prints where each finding is, its rule and its link', () => {
    requireJq();
    const output = execFileSync('sh', ['-c', shown.gitleaks!], { cwd: FIXTURES, encoding: 'utf8' });
    expect(output.split('\n')[0]).toBe(`web/src/config.js:12\tgcp-api-key\t${root}go/gitleaks/gcp-api-key/`);
  });
});
