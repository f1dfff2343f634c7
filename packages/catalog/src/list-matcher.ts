import { compareMatches } from './compare-matches';
import { bindingFits, domainBinding, lookupDomain, type DomainBinding } from './cookie-domain';
import type { CookieMatch, CookieMatcher, MatchableEntry } from './matcher';
import { createNameMatcher } from './name-matcher';
import { matchesPattern } from './pattern';
import type { CatalogEntry } from './types';

interface ListCandidate<Entry extends MatchableEntry> extends CookieMatch<Entry> {
  readonly binding: DomainBinding;
}

/**
 * A matcher that scans a short list, best candidates first: little code, for a site's few
 * dozen declared cookies (its cost grows with their number). Same answers as
 * {@link createMatcher}, which suits whole catalogs, with or without a domain. For lookups
 * without a domain only, {@link createNameMatcher} is smaller still.
 *
 * @example
 * const matcher = createListMatcher([piwikPro, stripe]);
 * matcher.match('__stripe_sid')?.entry.id; // 'stripe'
 */
export function createListMatcher<Entry extends MatchableEntry = CatalogEntry>(entries: readonly Entry[]): CookieMatcher<Entry> {
  const byName = createNameMatcher(entries);
  const withDomain: ListCandidate<Entry>[] = entries.flatMap((entry) => entry.cookies.map((cookie) => ({ entry, cookie, binding: domainBinding(cookie) })));
  withDomain.sort((a, b) => compareMatches(a, b, true));
  return {
    match(name, options) {
      const domain = lookupDomain(options);
      if (domain === undefined) return byName.match(name, options);
      const found = withDomain.find(
        ({ cookie, binding }) =>
          (options?.storage === undefined || cookie.storage === options.storage) &&
          bindingFits(binding, domain) &&
          (cookie.name === undefined ? matchesPattern(cookie.pattern ?? '', name) : cookie.name === name),
      );
      return found ? { entry: found.entry, cookie: found.cookie } : undefined;
    },
  };
}
