/**
 * A reader who pastes a whole leaked token into search would put it in the
 * page URL, browser history and server logs. A query that looks like one
 * long secret is cut to its prefix (up to the first "_" or "-", or its first
 * four characters), which is all search needs to find the guide.
 */
export function searchableTerm(query: string): string {
  const term = query.trim();
  const looksLikeSecret = term.length >= 20 && !/\s/.test(term) && /\d/.test(term) && /[A-Za-z]/.test(term);
  if (!looksLikeSecret) return term;
  const separator = /[_-]/.exec(term.slice(2));
  return separator ? term.slice(0, separator.index + 3) : term.slice(0, 4);
}

/**
 * The words handed to the index. Pagefind splits page text at "=" but not a query, so "Endpoint=sb://" would look
 * for one long word no page has; splitting the query the same way finds the connection string's guide.
 */
export function indexQuery(term: string): string {
  return term.replace(/=+/g, ' ').trim();
}
