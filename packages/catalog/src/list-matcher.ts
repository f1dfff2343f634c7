import { compareMatches } from './compare-matches';
import { bindingFits, domainBinding, lookupDomain, type DomainBinding } from './cookie-domain';
import type { CookieMatch, CookieMatcher, MatchableEntry } from './matcher';
import { matchesPattern } from './pattern';
import type { CatalogEntry } from './types';

interface ListCandidate<Entry extends MatchableEntry> extends CookieMatch<Entry> {
  readonly binding: DomainBinding;
}

/**
 * A matcher that scans a short list, best candidates first: the least code, for a site's
 * few dozen declared cookies (its cost grows with their number). Same answers as
 * {@link createMatcher}, which suits whole catalogs, with or without a domain.
 *
 * @example
 * const matcher = createListMatcher([piwikPro, stripe]);
 * matcher.match('__stripe_sid')?.entry.id; // 'stripe'
 */
export function createListMatcher<Entry extends MatchableEntry = CatalogEntry>(entries: readonly Entry[]): CookieMatcher<Entry> {
  const withoutDomain: ListCandidate<Entry>[] = entries.flatMap((entry) => entry.cookies.map((cookie) => ({ entry, cookie, binding: domainBinding(cookie) })));
  withoutDomain.sort((a, b) => compareMatches(a, b, false));
  const withDomain = [...withoutDomain].sort((a, b) => compareMatches(a, b, true));
  return {
    match(name, options) {
      const domain = lookupDomain(options);
      const found = (domain === undefined ? withoutDomain : withDomain).find(
        ({ cookie, binding }) =>
          (options?.storage === undefined || cookie.storage === options.storage) &&
          bindingFits(binding, domain) &&
          (cookie.name === undefined ? matchesPattern(cookie.pattern ?? '', name) : cookie.name === name),
      );
      return found ? { entry: found.entry, cookie: found.cookie } : undefined;
    },
  };
}
