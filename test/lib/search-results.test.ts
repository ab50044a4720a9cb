import { describe, expect, it } from 'vitest';
import { BEST_MATCH_SHARE, FEW_RESULTS, answersFor, bestMatches } from '../../src/lib/search-results';

describe('bestMatches', () => {
  it('keeps the results that score close to the best and drops those that only mention a word', () => {
    const hits = [{ score: 40 }, { score: 35 }, { score: 5 }];
    expect(bestMatches(hits)).toEqual([{ score: 40 }, { score: 35 }]);
  });

  it(`keeps a result at exactly ${BEST_MATCH_SHARE} of the best score`, () => {
    expect(bestMatches([{ score: 4 }, { score: 4 * BEST_MATCH_SHARE }])).toHaveLength(2);
  });

  it(`of more than ${FEW_RESULTS} results, keeps those that stand out from the crowd`, () => {
    const hits = [{ score: 9 }, { score: 8 }, ...Array.from({ length: 20 }, () => ({ score: 3 }))];
    expect(bestMatches(hits)).toEqual([{ score: 9 }, { score: 8 }]);
  });

  it('keeps every result when they all score alike, and none when there are none', () => {
    expect(bestMatches([{ score: 1 }, { score: 1 }, { score: 1 }])).toHaveLength(3);
    expect(bestMatches(Array.from({ length: 30 }, () => ({ score: 1 })))).toHaveLength(30);
    expect(bestMatches([])).toEqual([]);
  });
});

describe('answersFor', () => {
  const answers = [
    { url: '/guides/secret-leak-response/', terms: ['revoke', 'leak', 'compromised'] },
    { url: '/guides/remove-secret-from-git-history/', terms: ['git history', 'leaked password', 'purge'] },
  ];

  it('answers a general question with the general guide whose terms cover every word', () => {
    expect(answersFor('revoke', answers)).toEqual(['/guides/secret-leak-response/']);
    expect(answersFor('Leaked password in git history', answers)).toEqual(['/guides/remove-secret-from-git-history/']);
  });

  it('matches word beginnings both ways: "leaked" by "leak", and "revok" typed halfway', () => {
    expect(answersFor('leaked', answers)).toEqual(['/guides/secret-leak-response/']);
    expect(answersFor('revok', answers)).toEqual(['/guides/secret-leak-response/']);
  });

  it('leaves a question about one provider to the index, and ignores a query of stop words', () => {
    expect(answersFor('circleci token leaked', answers)).toEqual([]);
    expect(answersFor('what to do', answers)).toEqual([]);
  });

  it('needs every word of a term: "git" alone is not "git history"', () => {
    expect(answersFor('git', answers)).toEqual([]);
  });
});
