import { describe, expect, it } from 'vitest';
import { redirectsFile, scannerLinks, type GuideSource } from '../../src/lib/scanner-links';

function guide(id: string, detectors: Partial<GuideSource['data']['detectors']>, prefixes: string[] = []): GuideSource {
  return {
    file: `content/secrets/${id}.mdx`,
    data: {
      id,
      name: `Name of ${id}`,
      provider: 'Example',
      tokenFormat: { prefixes, shape: `Shape of ${id}` },
      detectors: { gitleaks: [], trufflehog: [], githubSecretScanning: [], ...detectors },
    },
  };
}

const classic = guide('github-pat-classic', { gitleaks: ['github-pat'], trufflehog: ['Github'], githubSecretScanning: ['github_personal_access_token'] }, ['ghp_']);
const fineGrained = guide('github-fine-grained-pat', { gitleaks: ['github-fine-grained-pat'], trufflehog: ['Github'] }, ['github_pat_']);

describe('scannerLinks', () => {
  it('gives every id of every guide a /go/ path, scanner by scanner', () => {
    const links = scannerLinks([classic]);
    expect(links.map((l) => l.path)).toEqual([
      'go/gitleaks/github-pat/',
      'go/trufflehog/Github/',
      'go/github/github_personal_access_token/',
    ]);
    expect(links.every((l) => l.guides.length === 1 && l.guides[0]!.id === 'github-pat-classic')).toBe(true);
  });

  it('lists every guide that shares an id, sorted by name, with the prefixes that tell them apart', () => {
    const shared = scannerLinks([classic, fineGrained]).find((l) => l.path === 'go/trufflehog/Github/');
    expect(shared?.guides.map((g) => [g.id, g.prefixes])).toEqual([
      ['github-fine-grained-pat', ['github_pat_']],
      ['github-pat-classic', ['ghp_']],
    ]);
  });

  it('keeps the case of an id: scanners report one exact spelling', () => {
    expect(scannerLinks([classic]).map((l) => l.detectorId)).toContain('Github');
  });

  it('rejects two spellings of one id, naming both guides', () => {
    const typo = guide('github-oauth-token', { trufflehog: ['GitHub'] });
    expect(() => scannerLinks([classic, typo])).toThrow(
      /content\/secrets\/github-oauth-token\.mdx:[\s\S]*"detectors\.trufflehog\[0\]" is "GitHub", but content\/secrets\/github-pat-classic\.mdx spells/,
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
    expect(scannerLinks([twice])).toHaveLength(1);
    expect(scannerLinks([twice])[0]!.guides).toHaveLength(1);
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
