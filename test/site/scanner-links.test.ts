/**
 * Scanner links in the build: every id of the three scanner data files has a
 * /go/ page that a plain static host serves (no 404), in the scanner's
 * spelling and in lower case; ids of one guide lead to it, shared ids to a
 * page telling their guides apart, the others to a short "no dedicated guide
 * yet" page. /go/ lists them all, dist/_redirects agrees, and the jq commands
 * shown on /guides/link-from-your-scanner/ work on sample reports.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/serve.mjs';
import { readSecretGuides } from '../../src/lib/read-guides';
import { loadScannerCatalog, readScannerData } from '../../src/lib/scanner-data';
import { lowerCaseAliases, redirectsFile, scannerLinks, SCANNERS, type ScannerKey } from '../../src/lib/scanner-links';
import { refreshTarget, siteRoot } from '../support/built-urls';
import { fileForUrl, hrefs, readPage } from '../support/site';
import { realTokenIn } from '../content/token-patterns';

const links = scannerLinks(readSecretGuides(), loadScannerCatalog());
const aliases = lowerCaseAliases(links);
const root = siteRoot();
const FIXTURES = 'test/fixtures/scanner-reports';

/** Every id the three data files list, read straight from them: what a scanner can print. */
function idsInData(): { scanner: ScannerKey; id: string }[] {
  const data = readScannerData();
  return [
    ...data.gitleaks.rules.map((rule) => ({ scanner: 'gitleaks' as const, id: rule.id })),
    // Types without a detector (package null) or deprecated never appear in TruffleHog's output.
    ...data.trufflehog.detectors
      .filter((d) => d.package !== null && !d.deprecated)
      .map((d) => ({ scanner: 'trufflehog' as const, id: d.name })),
    ...data.github.patterns.flatMap((row) => row.secretTypes.map((id) => ({ scanner: 'github' as const, id }))),
    ...data.github.nonProviderPatterns.map((row) => ({ scanner: 'github' as const, id: row.secretType })),
  ];
}

describe('every id a scanner can print, requested from the built site served as a static host serves it', () => {
  let origin = '';
  const server = createStaticServer('dist', new URL(root).pathname);
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => {
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    resolve();
  })));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const status = async (path: string) => (await fetch(`${origin}${new URL(root).pathname}${path}`, { redirect: 'manual' })).status;

  it('walks over 1,600 ids of the three data files', () => {
    expect(idsInData().length).toBeGreaterThan(1600);
  });

  it('answers 200 for /go/<scanner>/<id>/ of every id, as the scanner spells it and in lower case', async () => {
    const failed: string[] = [];
    for (const { scanner, id } of idsInData()) {
      for (const spelling of new Set([id, id.toLowerCase()])) {
        const path = `go/${scanner}/${spelling}/`;
        const code = await status(path);
        if (code !== 200) failed.push(`/${path}: ${code}`);
      }
    }
    expect(failed).toEqual([]);
  });

  it('answers 404 with the not-found page for an id no scanner has', async () => {
    expect(await status('go/gitleaks/no-such-rule-anywhere/')).toBe(404);
  });
});

describe('/go/ pages', () => {
  it('an id of one guide redirects to it: meta refresh, canonical, noindex and a visible link', () => {
    for (const link of links.filter((l) => l.kind === 'guide')) {
      const html = readPage(`/${link.path}`);
      const guide = `/secrets/${link.guides[0]!.id}/`;
      expect(refreshTarget(html), link.path).toBe(guide);
      expect(existsSync(fileForUrl(guide))).toBe(true);
      expect(html).toContain(`<link rel="canonical" href="${root}${guide.slice(1)}">`);
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(hrefs(html)).toContain(guide);
    }
  });

  it('an id of several guides tells them apart by prefix and links each one', () => {
    for (const link of links.filter((l) => l.kind === 'disambiguation')) {
      const html = readPage(`/${link.path}`);
      expect(refreshTarget(html), link.path).toBeUndefined();
      expect(html).toContain('<meta name="robots" content="noindex">');
      for (const guide of link.guides) {
        expect(hrefs(html)).toContain(`/secrets/${guide.id}/`);
        for (const prefix of guide.prefixes) expect(html).toContain(`<code>${prefix}</code>`);
      }
    }
  });

  it('an id without a guide gets the first response: scanner, id, what the scanner says, where to go next', () => {
    const generic = links.filter((l) => l.kind === 'generic');
    expect(generic.length).toBeGreaterThan(1000);
    for (const link of generic) {
      const html = readPage(`/${link.path}`);
      const text = html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
      expect(refreshTarget(html), link.path).toBeUndefined();
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(text).toContain(`${link.scanner.name} ${link.scanner.idName} ${link.detectorId}: no dedicated guide yet`);
      expect(text).toContain(link.about.about);
      const targets = hrefs(html);
      expect(targets).toContain('/secrets/generic-api-key-or-password/');
      expect(targets).toContain('/guides/secret-leak-response/');
      expect(targets.some((href) => href.startsWith('/search/?q='))).toBe(true);
      // Outside links: only a web search, never a guessed provider URL.
      expect(targets.filter((href) => /^https?:/.test(href) && !href.startsWith('https://duckduckgo.com/?q='))).toEqual([]);
    }
  });

  it('a generic page links the guides for the same provider', () => {
    const ssh = links.find((l) => l.scanner.key === 'github' && l.kind === 'generic' && l.related.length > 0);
    expect(ssh, 'no generic GitHub id shares a provider with a guide').toBeDefined();
    for (const guide of ssh!.related) expect(hrefs(readPage(`/${ssh!.path}`))).toContain(`/secrets/${guide.id}/`);
  });

  it('a lower-case alias is the same page as the original, whose path stays canonical', () => {
    expect(aliases.length).toBeGreaterThan(800);
    for (const alias of aliases) {
      expect(readPage(`/${alias.path}`), alias.path).toBe(readPage(`/go/${alias.scanner.key}/${alias.aliasOf}/`));
    }
  });

  it('has no page for an id that neither the data nor a guide lists', () => {
    for (const scanner of SCANNERS) {
      const folder = join('dist/go', scanner.key);
      const expected = [...links, ...aliases].filter((l) => l.scanner.key === scanner.key).map((l) => l.path.split('/')[2]!);
      expect(readdirSync(folder).sort()).toEqual(expected.sort());
    }
  });
});

describe('/go/', () => {
  const html = readPage('/go/');

  it('links every scanner id, grouped by scanner, ids with a guide first, the others folded away', () => {
    for (const link of links) expect(hrefs(html)).toContain(`/${link.path}`);
    for (const scanner of SCANNERS) {
      const section = html.slice(html.indexOf(`<h2 id="${scanner.key}"`));
      const withGuide = links.find((l) => l.scanner.key === scanner.key && l.kind !== 'generic')!;
      const generic = links.find((l) => l.scanner.key === scanner.key && l.kind === 'generic')!;
      expect(section.indexOf(`/${withGuide.path}"`)).toBeLessThan(section.indexOf('<details>'));
      expect(section.indexOf(`/${generic.path}"`)).toBeGreaterThan(section.indexOf('<details>'));
    }
    expect(html).not.toContain('<table');
  });
});

describe('/guides/link-from-your-scanner/', () => {
  it('shows the coverage of each scanner: ids, to a guide, shared, without a guide', () => {
    const html = readPage('/guides/link-from-your-scanner/');
    for (const scanner of SCANNERS) {
      const own = links.filter((l) => l.scanner.key === scanner.key);
      const count = (kind: string) => own.filter((l) => l.kind === kind).length;
      expect(html).toContain(
        `<th scope="row">${scanner.name}</th><td>${own.length}</td><td>${count('guide')}</td><td>${count('disambiguation')}</td><td>${count('generic')}</td>`,
      );
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
  it('lists /go/ and every scanner link (run `npm run permalinks` after updating the scanner data)', () => {
    const manifest = new Set(Object.keys(JSON.parse(readFileSync('test/permalinks.json', 'utf8'))));
    const missing = ['/go/', ...[...links, ...aliases].map((l) => `/${l.path}`)].filter((url) => !manifest.has(url));
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
      if (link!.kind === 'guide') expect(target).toBe(`/secrets/${link!.guides[0]!.id}/`);
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
