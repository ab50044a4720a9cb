import { describe, expect, it } from 'vitest';
import { indexQuery, searchableTerm } from '../../src/lib/search-term';

describe('searchableTerm', () => {
  it('keeps ordinary queries', () => {
    expect(searchableTerm('revoke circleci')).toBe('revoke circleci');
    expect(searchableTerm('  CCIPAT_ ')).toBe('CCIPAT_');
    expect(searchableTerm('github_pat_')).toBe('github_pat_');
  });

  it('cuts a pasted whole secret to its prefix', () => {
    expect(searchableTerm('CCIPAT_' + 'Ab1'.repeat(8) + '_' + 'f0'.repeat(20))).toBe('CCIPAT_');
    expect(searchableTerm('ghp_' + 'x1'.repeat(18))).toBe('ghp_');
    expect(searchableTerm('xoxb-' + '12345-'.repeat(4))).toBe('xoxb-');
    expect(searchableTerm('AKIA' + 'Z7'.repeat(8))).toBe('AKIA');
  });
});

describe('indexQuery', () => {
  it('splits at "=" as the index splits page text, so a connection-string prefix finds its words', () => {
    expect(indexQuery('Endpoint=sb://')).toBe('Endpoint sb://');
    expect(indexQuery('AccountKey==')).toBe('AccountKey');
  });

  it('leaves every other query as typed', () => {
    expect(indexQuery('mongodb+srv://')).toBe('mongodb+srv://');
    expect(indexQuery('revoke circleci')).toBe('revoke circleci');
  });
});
