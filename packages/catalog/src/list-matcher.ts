import type { CookieMatch, CookieMatcher, MatchableEntry } from './matcher';
import { compareMatches } from './compare-matches';
import { matchesPattern } from './pattern';
import type { CatalogEntry } from './types';

/**
 * A matcher that scans a short list, best candidates first: the least code, for a site's
 * few dozen declared cookies (its cost grows with their number). Same answers as
 * {@link createMatcher}, which suits whole catalogs.
 *
 * @example
 * const matcher = createListMatcher([piwikPro, stripe]);
 * matcher.match('__stripe_sid')?.entry.id; // 'stripe'
 */
export function createListMatcher<Entry extends MatchableEntry = CatalogEntry>(entries: readonly Entry[]): CookieMatcher<Entry> {
  const ordered: CookieMatch<Entry>[] = entries.flatMap((entry) => entry.cookies.map((cookie) => ({ entry, cookie })));
  ordered.sort(compareMatches);
  return {
    match: (name, options) =>
      ordered.find(
        ({ cookie }) =>
          (options?.storage === undefined || cookie.storage === options.storage) &&
          (cookie.name === undefined ? matchesPattern(cookie.pattern ?? '', name) : cookie.name === name),
      ),
  };
}
