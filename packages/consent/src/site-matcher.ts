import { createNameMatcher, type MatchableEntry, type NameMatcher } from '@kakor/catalog';
import type { Site } from './site';

// Built on first use, so a bundle that never looks a name up (only categories) carries no matcher.
const matchers = new WeakMap<Site, NameMatcher<MatchableEntry>>();

/**
 * Finds a cookie or storage key name among the site's own cookies (entry id `''`) and its
 * processors', by name alone, as {@link decide} does: for cookies on the site's own domain.
 * Built once per site, on first use. Lookups that give a cookie's domain take a
 * `createListMatcher` from `@kakor/catalog`.
 *
 * @example
 * siteMatcher(site).match('_pk_id.8506966f')?.entry.id; // 'piwik-pro'
 */
export function siteMatcher(site: Site): NameMatcher<MatchableEntry> {
  let matcher = matchers.get(site);
  if (!matcher) {
    matcher = createNameMatcher<MatchableEntry>([{ id: '', cookies: site.cookies }, ...site.processors]);
    matchers.set(site, matcher);
  }
  return matcher;
}
