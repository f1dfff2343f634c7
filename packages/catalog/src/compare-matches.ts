import { normalizeCookieDomain, vendorBound } from './cookie-domain';
import { compareCookies } from './pattern';
import type { CookieRule } from './rules-types';

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
  const byKind = Number(a.cookie.name === undefined) - Number(b.cookie.name === undefined);
  if (byKind !== 0) return byKind;
  if (withDomain) {
    const byDomain = boundLength(b.cookie) - boundLength(a.cookie);
    if (byDomain !== 0) return byDomain;
  } else {
    const byBinding = Number(vendorBound(a.cookie)) - Number(vendorBound(b.cookie));
    if (byBinding !== 0) return byBinding;
  }
  const byCookie = compareCookies(a.cookie, b.cookie);
  if (byCookie !== 0) return byCookie;
  return a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0;
}
