// Which items a lookup may answer with, given the cookie's domain or none. Shared by both
// matchers and the validator, so they cannot disagree.

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

/** A domain as compared: lower case, without a leading or trailing dot. */
export function normalizeCookieDomain(domain: string): string {
  let start = 0;
  let end = domain.length;
  while (start < end && domain.charCodeAt(start) === 46) start++;
  while (end > start && domain.charCodeAt(end - 1) === 46) end--;
  return domain.slice(start, end).toLowerCase();
}

/** Whether a cookie on `cookieDomain` (normalized) is on `itemDomain` (normalized) or one of its subdomains. */
export function domainWithin(cookieDomain: string, itemDomain: string): boolean {
  return cookieDomain === itemDomain || cookieDomain.endsWith(`.${itemDomain}`);
}

/** Whether two items' domains can hold the same cookie: either is unbound, or one lies within the other. */
export function domainsOverlap(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  const x = normalizeCookieDomain(a);
  const y = normalizeCookieDomain(b);
  return domainWithin(x, y) || domainWithin(y, x);
}

/** An item as a lookup sees it: its domain normalized, and whether a lookup without a domain may return it. */
export interface DomainBinding {
  /** The item's domain, normalized; `undefined` for an item that matches on every domain. */
  readonly domain: string | undefined;
  /** Whether a lookup without a domain may return the item: all but third-party items bound to a domain under a generic name. */
  readonly nameOnly: boolean;
}

/** Whether an item is a third-party item bound to a vendor's domain: the kind a lookup without a domain ranks last. */
export const vendorBound = (cookie: { readonly domain?: string; readonly party: string }): boolean => cookie.domain !== undefined && cookie.party === 'third';

/** How an item with this name or pattern, party and domain answers lookups. */
export function domainBinding(cookie: { readonly name?: string; readonly pattern?: string; readonly domain?: string; readonly party: string }): DomainBinding {
  if (cookie.domain === undefined) return { domain: undefined, nameOnly: true };
  const fixed = cookie.name ?? (cookie.pattern ?? '').replaceAll('*', '');
  // A site's own cookie bound to its own domain is still its own when looked up by name.
  return { domain: normalizeCookieDomain(cookie.domain), nameOnly: !vendorBound(cookie) || !isGenericCookieName(fixed) };
}

/** Whether an item may answer a lookup for a cookie on `cookieDomain` (normalized), or one without a domain. */
export function bindingFits(binding: DomainBinding, cookieDomain: string | undefined): boolean {
  if (cookieDomain === undefined) return binding.nameOnly;
  return binding.domain === undefined || domainWithin(cookieDomain, binding.domain);
}

/** A lookup's domain, normalized; `undefined` for none or an empty one. */
export function lookupDomain(options: { readonly domain?: string } | undefined): string | undefined {
  const domain = options?.domain === undefined ? undefined : normalizeCookieDomain(options.domain);
  return domain === '' ? undefined : domain;
}
