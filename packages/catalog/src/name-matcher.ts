import { compareNameMatches } from './compare-matches';
import { claimedByName } from './generic-names';
import type { CookieMatch, MatchableEntry, NameMatcher } from './matcher';
import { matchesPattern } from './pattern';
import type { CatalogEntry } from './types';

/**
 * A matcher for lookups by name alone that scans a short list, best candidates first: the least
 * code for a browser bundle (a site's few dozen declared cookies; its cost grows with their
 * number). Same answers as {@link createListMatcher} and {@link createMatcher} give without a
 * domain; those also take the cookie's domain.
 *
 * @example
 * const matcher = createNameMatcher([piwikPro, stripe]);
 * matcher.match('__stripe_sid')?.entry.id; // 'stripe'
 */
export function createNameMatcher<Entry extends MatchableEntry = CatalogEntry>(entries: readonly Entry[]): NameMatcher<Entry> {
  const candidates: CookieMatch<Entry>[] = entries.flatMap((entry) => entry.cookies.filter(claimedByName).map((cookie) => ({ entry, cookie })));
  candidates.sort(compareNameMatches);
  return {
    match(name, options) {
      const found = candidates.find(
        ({ cookie }) => (options?.storage === undefined || cookie.storage === options.storage) && (cookie.name === undefined ? matchesPattern(cookie.pattern ?? '', name) : cookie.name === name),
      );
      return found ? { entry: found.entry, cookie: found.cookie } : undefined;
    },
  };
}
