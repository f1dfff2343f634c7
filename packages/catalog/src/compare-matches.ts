import { compareCookies } from './pattern';
import type { CookieRule } from './rules-types';

/**
 * Orders candidate matches for a name: by {@link compareCookies}, then by entry id in
 * code-unit order, so a name or pattern that several entries share (see
 * `CookieDefinition.sharedWith`) always goes to the same entry, whatever the input order.
 * Negative when `a` wins.
 */
export function compareMatches(
  a: { readonly entry: { readonly id: string }; readonly cookie: CookieRule },
  b: typeof a,
): number {
  const byCookie = compareCookies(a.cookie, b.cookie);
  if (byCookie !== 0) return byCookie;
  return a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0;
}
