import { describe, expect, it } from 'vitest';
import type { ScannerCatalog } from '../../src/lib/scanner-data';
import {
  coverage,
  lowerCaseAliases,
  providerSearchTerms,
  redirectsFile,
  scannerLinks as linksOf,
  type GuideSource,
} from '../../src/lib/scanner-links';

const ids = (...names: string[]) => names.map((id) => ({ id, about: `What ${id} is` }));
const catalog: ScannerCatalog = {
  ids: {
    gitleaks: ids('github-pat', 'github-fine-grained-pat', 'adafruit-api-key', 'a.b_c-D9', 'same'),
    trufflehog: ids('Github', 'AzureDevopsPersonalAccessToken', 'URI', 'uri'),
    github: [
      { id: 'github_personal_access_token', about: 'GitHub Personal Access Token', provider: 'GitHub' },
      { id: 'github_ssh_private_key', about: 'GitHub SSH Private Key', provider: 'GitHub' },
      { id: 'fine_id', about: 'Fine', provider: 'Example' },
    ],
  },
  provenance: {
    gitleaks: { source: 'https://example.org/g', commit: 'a'.repeat(40), license: 'MIT' },
    trufflehog: { source: 'https://example.org/t', commit: 'b'.repeat(40), license: 'AGPL-3.0' },
    github: { source: 'https://example.org/h', commit: 'c'.repeat(40), license: 'CC-BY-4.0' },
  },
  skipped: [{ name: 'AMQP', reason: 'not implemented' }],
};
const scannerLinks = (guides: GuideSource[]) => linksOf(guides, catalog);
const guided = (guides: GuideSource[]) => scannerLinks(guides).filter((l) => l.kind !== 'generic');

function guide(id: string, detectors: Partial<GuideSource['data']['detectors']>, prefixes: string[] = [], provider = 'Example'): GuideSource {
  return {
    file: `content/secrets/${id}.mdx`,
    data: {
      id,
      name: `Name of ${id}`,
      provider,
      tokenFormat: { prefixes, shape: `Shape of ${id}` },
      detectors: { gitleaks: [], trufflehog: [], githubSecretScanning: [], ...detectors },
    },
  };
}

const classic = guide(
  'github-pat-classic',
  { gitleaks: ['github-pat'], trufflehog: ['Github'], githubSecretScanning: ['github_personal_access_token'] },
  ['ghp_'],
  'GitHub',
);
const fineGrained = guide('github-fine-grained-pat', { gitleaks: ['github-fine-grained-pat'], trufflehog: ['Github'] }, ['github_pat_'], 'GitHub');

describe('scannerLinks', () => {
  it('gives every id of every guide a /go/ path, scanner by scanner', () => {
    const links = guided([classic]);
    expect(links.map((l) => l.path)).toEqual([
      'go/gitleaks/github-pat/',
      'go/trufflehog/Github/',
      'go/github/github_personal_access_token/',
    ]);
    expect(links.every((l) => l.kind === 'guide' && l.guides.length === 1 && l.guides[0]!.id === 'github-pat-classic')).toBe(true);
  });

  it('gives every id of the scanner data a /go/ path, with what the scanner says it is, guide or not', () => {
    const links = scannerLinks([classic]);
    expect(links).toHaveLength(5 + 4 + 3);
    const adafruit = links.find((l) => l.path === 'go/gitleaks/adafruit-api-key/');
    expect(adafruit).toMatchObject({ kind: 'generic', guides: [], about: { about: 'What adafruit-api-key is' } });
  });

  it('offers a generic page the guides for the same provider, and nothing when none matches', () => {
    const links = scannerLinks([classic, fineGrained]);
    const ssh = links.find((l) => l.detectorId === 'github_ssh_private_key')!;
    expect(ssh.related.map((g) => g.id)).toEqual(['github-fine-grained-pat', 'github-pat-classic']);
    expect(links.find((l) => l.detectorId === 'fine_id')!.related).toEqual([]);
  });

  it('gives TruffleHog types that never appear in its output no page, unless a guide lists one', () => {
    expect(scannerLinks([]).some((l) => l.detectorId === 'AMQP')).toBe(false);
    const listed = scannerLinks([guide('amqp', { trufflehog: ['AMQP'] })]).find((l) => l.detectorId === 'AMQP');
    expect(listed?.kind).toBe('guide');
  });

  it('counts per scanner the ids with a guide, shared and generic', () => {
    expect(coverage(scannerLinks([classic, fineGrained]))).toEqual({
      gitleaks: { guide: 2, disambiguation: 0, generic: 3, total: 5 },
      trufflehog: { guide: 0, disambiguation: 1, generic: 3, total: 4 },
      github: { guide: 1, disambiguation: 0, generic: 2, total: 3 },
    });
  });

  it('lists every guide that shares an id, sorted by name, with the prefixes that tell them apart', () => {
    const shared = scannerLinks([classic, fineGrained]).find((l) => l.path === 'go/trufflehog/Github/');
    expect(shared?.kind).toBe('disambiguation');
    expect(shared?.guides.map((g) => [g.id, g.prefixes])).toEqual([
      ['github-fine-grained-pat', ['github_pat_']],
      ['github-pat-classic', ['ghp_']],
    ]);
  });

  it('keeps the case of an id: scanners report one exact spelling', () => {
    expect(scannerLinks([classic]).map((l) => l.detectorId)).toContain('Github');
  });

  it('rejects an id the scanner data does not list, naming the file, the field, the value and the right spelling', () => {
    const typo = guide('github-oauth-token', { trufflehog: ['GitHub'] });
    expect(() => scannerLinks([classic, typo])).toThrow(
      'Invalid frontmatter in content/secrets/github-oauth-token.mdx:\n  - "detectors.trufflehog[0]" must be a TruffleHog ' +
        'detector listed in content/scanners/trufflehog.json; received "GitHub" (the scanner spells it "Github")',
    );
    expect(() => scannerLinks([guide('made-up', { gitleaks: ['no-such-rule'] })])).toThrow(
      /content\/secrets\/made-up\.mdx:\n {2}- "detectors\.gitleaks\[0\]" must be a gitleaks rule id listed in content\/scanners\/gitleaks\.json; received "no-such-rule"$/,
    );
  });

  it.each(['aws access token', 'gitleaks/aws', 'clé', '..', '.', 'a?b', 'a#b', ''])('rejects the id %j, naming the guide file and field', (id) => {
    const bad = guide('bad-guide', { githubSecretScanning: ['fine_id', id] });
    expect(() => scannerLinks([bad])).toThrow(
      /Invalid frontmatter in content\/secrets\/bad-guide\.mdx:\n {2}- "detectors\.githubSecretScanning\[1\]" must use only letters, digits, "_", "\." and "-"/,
    );
  });

  it('accepts ids made of letters, digits, "_", "." and "-"', () => {
    expect(() => scannerLinks([guide('ok', { gitleaks: ['a.b_c-D9'] })])).not.toThrow();
  });

  it('lists a guide once when it repeats an id', () => {
    const twice = guide('twice', { gitleaks: ['same', 'same'] });
    expect(guided([twice])).toHaveLength(1);
    expect(guided([twice])[0]!.guides).toHaveLength(1);
  });
});

describe('lowerCaseAliases', () => {
  const aliases = lowerCaseAliases(scannerLinks([classic, fineGrained]));

  it('gives each mixed-case id a lower-case path to the same page', () => {
    const github = aliases.find((a) => a.aliasOf === 'Github');
    expect(github).toMatchObject({ path: 'go/trufflehog/github/', detectorId: 'Github', kind: 'disambiguation' });
    expect(aliases.find((a) => a.aliasOf === 'a.b_c-D9')?.path).toBe('go/gitleaks/a.b_c-d9/');
  });

  it('never takes the lower-case form of another id', () => {
    expect(aliases.some((a) => a.aliasOf === 'URI')).toBe(false);
    expect(aliases.map((a) => a.aliasOf).sort()).toEqual(['AzureDevopsPersonalAccessToken', 'Github', 'a.b_c-D9']);
  });
});

describe('providerSearchTerms', () => {
  const links = scannerLinks([]);
  const terms = (id: string) => providerSearchTerms(links.find((l) => l.detectorId === id)!);

  it('searches for the provider GitHub names, or the words of a gitleaks or TruffleHog id', () => {
    expect(terms('github_ssh_private_key')).toBe('GitHub');
    expect(terms('adafruit-api-key')).toBe('adafruit api key');
    expect(terms('AzureDevopsPersonalAccessToken')).toBe('What AzureDevopsPersonalAccessToken is');
  });
});

describe('redirectsFile', () => {
  it('redirects ids of one guide, with the base on both sides, and leaves shared ids to their page', () => {
    const text = redirectsFile(scannerLinks([classic, fineGrained]), '/kb/');
    const rules = text.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(rules).toContain('/kb/go/gitleaks/github-pat/ /kb/secrets/github-pat-classic/ 302');
    expect(rules).toContain('/kb/go/gitleaks/github-fine-grained-pat/ /kb/secrets/github-fine-grained-pat/ 302');
    expect(rules.some((rule) => rule.includes('/go/trufflehog/Github/'))).toBe(false);
    expect(rules).toHaveLength(3);
  });
});
