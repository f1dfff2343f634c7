import { normalizeCookieDomain } from './cookie-domain';
import { compareCookies } from './pattern';
import type { CookieRule } from './rules-types';

const boundLength = (cookie: CookieRule): number => (cookie.domain === undefined ? -1 : normalizeCookieDomain(cookie.domain).length);

/**
 * Orders candidate matches for a name: exact names before patterns; then, for a lookup with
 * a domain, items bound to a domain before unbound ones (the longer domain first), and for a
 * lookup without one, unbound items first; then by {@link compareCookies}; then by entry id
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
  const x = boundLength(a.cookie);
  const y = boundLength(b.cookie);
  if (x !== y) {
    if (withDomain) return y - x;
    if (x === -1 || y === -1) return x === -1 ? -1 : 1;
  }
  const byCookie = compareCookies(a.cookie, b.cookie);
  if (byCookie !== 0) return byCookie;
  return a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0;
}
