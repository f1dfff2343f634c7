// Which items a lookup with a domain may answer with. Shared by both matchers and the
// validator, so they cannot disagree; lookups by name alone need only generic-names.ts.
import { claimedByName } from './generic-names';

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

/** How an item with this name or pattern, party and domain answers lookups. */
export function domainBinding(cookie: { readonly name?: string; readonly pattern?: string; readonly domain?: string; readonly party: string }): DomainBinding {
  return { domain: cookie.domain === undefined ? undefined : normalizeCookieDomain(cookie.domain), nameOnly: claimedByName(cookie) };
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
