/**
 * Which search results to show. A plain word such as "revoke" appears on nearly every guide; listing all of them
 * buries the few that are about it. Pure, so the rule is tested without a browser.
 */

/** A result scoring below this share of the best one only mentions the words in passing. */
export const BEST_MATCH_SHARE = 0.25;

/** Up to this many results, each one close enough to the best is shown; more than that, and the crowd is left out. */
export const FEW_RESULTS = 10;

const median = (scores: number[]) => {
  const sorted = [...scores].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Of many results, those scoring at least this many times the median stand out from the crowd. */
export const STANDOUT_FACTOR = 2;

/**
 * The results that match about as well as the best one, in their order. When many pages match, as for a word every
 * guide uses, only those that stand out from the crowd are kept; when none does, the pages match alike and all of
 * them close to the best are shown.
 */
export function bestMatches<T extends { score: number }>(hits: readonly T[], share = BEST_MATCH_SHARE): T[] {
  const top = Math.max(0, ...hits.map((hit) => hit.score));
  const close = hits.filter((hit) => hit.score >= top * share);
  if (hits.length <= FEW_RESULTS) return close;
  const typical = median(hits.map((hit) => hit.score));
  const standing = close.filter((hit) => hit.score >= typical * STANDOUT_FACTOR);
  return standing.length > 0 ? standing : close;
}

/** The category every general guide is filed under in the search index (its data-pagefind-filter). */
export const GENERAL_GUIDES_CATEGORY = 'General guides';

/** A general guide and the plain words it answers (its frontmatter `searchTerms`); `url` includes the base path. */
export interface SearchAnswer {
  url: string;
  terms: string[];
}

/** Words that carry no topic: a query of these alone asks nothing a guide could answer. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'do', 'for', 'from', 'has', 'how', 'i', 'in', 'is', 'it', 'my', 'of', 'on', 'or', 'the', 'to', 'was', 'what']);

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word && !STOP_WORDS.has(word));

/** "leaked" is covered by the term word "leak", and "revok", typed halfway, by "revoke". */
const covers = (termWord: string, queryWord: string) =>
  queryWord.startsWith(termWord) || (queryWord.length >= 4 && termWord.startsWith(queryWord));

/**
 * The general guides that answer a query, best first: those whose terms, together, cover every word of it. "revoke"
 * and "leaked password in git history" are general questions; "circleci token leaked" is not, as no general guide
 * covers "circleci", so it is left to the index's ranking.
 */
export function answersFor(query: string, answers: readonly SearchAnswer[]): string[] {
  const asked = words(query);
  if (asked.length === 0) return [];
  const matches = answers.flatMap((answer) => {
    const terms = answer.terms.map(words).filter((term) => term.every((termWord) => asked.some((word) => covers(termWord, word))));
    const covered = asked.filter((word) => terms.some((term) => term.some((termWord) => covers(termWord, word))));
    return covered.length === asked.length ? [{ url: answer.url, strength: terms.flat().length }] : [];
  });
  return matches.sort((a, b) => b.strength - a.strength).map((match) => match.url);
}
