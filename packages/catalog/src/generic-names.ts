// Which items a lookup by name alone may answer with. Kept apart from the domain comparisons
// (cookie-domain.ts), so a browser bundle that only ever looks names up carries none of them.

/**
 * Names that say nothing about who set them: the catalog claims them only together with the
 * vendor's domain. Compared case-insensitively; a name of a single character is generic too.
 */
export const genericCookieNames: readonly string[] = 'id uid uuid sid cid guid lang language locale session token user userid user_id visitor visitor_id test consent country currency theme'.split(' ');

const generic = new Set(genericCookieNames);

/**
 * Whether a name (or a pattern's fixed characters) is too generic to point at one vendor: a
 * single character, or one of {@link genericCookieNames}. Short names that vendors made their
 * own (Meta's `fr`, DoubleClick's `IDE`) are not generic.
 *
 * @example
 * isGenericCookieName('uid'); // true
 * isGenericCookieName('IDE'); // false: DoubleClick's, whatever the domain
 */
export function isGenericCookieName(name: string): boolean {
  return name.length <= 1 || generic.has(name.toLowerCase());
}

/** Whether an item is a third-party item bound to a vendor's domain: the kind a lookup without a domain ranks last. */
export const vendorBound = (cookie: { readonly domain?: string; readonly party: string }): boolean => cookie.domain !== undefined && cookie.party === 'third';

/** Whether a lookup without a domain may return the item: all but third-party items bound to a vendor's domain under a generic name. */
export function claimedByName(cookie: { readonly name?: string; readonly pattern?: string; readonly domain?: string; readonly party: string }): boolean {
  // A site's own cookie bound to its own domain is still its own when looked up by name.
  return !vendorBound(cookie) || !isGenericCookieName(cookie.name ?? (cookie.pattern ?? '').replaceAll('*', ''));
}
