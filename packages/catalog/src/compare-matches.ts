import { normalizeCookieDomain } from './cookie-domain';
import { vendorBound } from './generic-names';
import { compareCookies } from './pattern';
import type { CookieRule } from './rules-types';

/** A candidate match: the item and the entry that declares it. */
interface Candidate {
  readonly entry: { readonly id: string };
  readonly cookie: CookieRule;
}

const byKind = (a: Candidate, b: Candidate): number => Number(a.cookie.name === undefined) - Number(b.cookie.name === undefined);

// A shared name or pattern (see `CookieDefinition.sharedWith`) always goes to the same entry, whatever the input order.
const byCookieThenId = (a: Candidate, b: Candidate): number => compareCookies(a.cookie, b.cookie) || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0);

/** {@link compareMatches} for a lookup without a domain; apart, so name-only matchers carry no domain code. */
export function compareNameMatches(a: Candidate, b: Candidate): number {
  return byKind(a, b) || Number(vendorBound(a.cookie)) - Number(vendorBound(b.cookie)) || byCookieThenId(a, b);
}

const boundLength = (cookie: CookieRule): number => (cookie.domain === undefined ? -1 : normalizeCookieDomain(cookie.domain).length);

/**
 * Orders candidate matches for a name: exact names before patterns; then, for a lookup with
 * a domain, items bound to a domain before unbound ones (the longer domain first), and for a
 * lookup without one, third-party items bound to a vendor's domain last; then by
 * {@link compareCookies}; then by entry id
 * in code-unit order, so a name or pattern that several entries share (see
 * `CookieDefinition.sharedWith`) always goes to the same entry, whatever the input order.
 * Negative when `a` wins.
 */
export function compareMatches(
  a: { readonly entry: { readonly id: string }; readonly cookie: CookieRule },
  b: typeof a,
  withDomain = false,
): number {
  if (!withDomain) return compareNameMatches(a, b);
  return byKind(a, b) || boundLength(b.cookie) - boundLength(a.cookie) || byCookieThenId(a, b);
}
