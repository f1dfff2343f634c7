import { categories, type CatalogEntry, type Category, type CookieDefinition } from '@kakor/catalog';
import type { Site } from '../site';

/** A declared cookie or storage item and the catalog entry that sets it. */
export interface SiteItem {
  readonly cookie: CookieDefinition;
  /** Absent for the site's own items. */
  readonly processor?: CatalogEntry;
}

/**
 * Every item a site declares, its own first, each with the entry that sets it.
 *
 * @example
 * siteItems(site).filter(({ cookie }) => cookie.category === 'analytics');
 */
export function siteItems(site: Site<CatalogEntry>): SiteItem[] {
  return [...site.cookies.map((cookie) => ({ cookie })), ...site.processors.flatMap((processor) => processor.cookies.map((cookie) => ({ cookie, processor })))];
}

/**
 * Whether a script on the page can clear an item: a first-party cookie. Third-party cookies
 * live on the vendor's domain; Web Storage, IndexedDB and pixels are not cookies.
 *
 * @example
 * isPageCookie({ storage: 'cookie', party: 'first' }); // true
 */
export function isPageCookie(cookie: Pick<CookieDefinition, 'storage' | 'party'>): boolean {
  return cookie.storage === 'cookie' && cookie.party === 'first';
}

/**
 * The categories a site's items use, in catalog order; `necessary` always, since the consent
 * tool's own cookie is necessary.
 *
 * @example
 * usedCategories(siteItems(site)); // ['necessary', 'analytics', 'marketing']
 */
export function usedCategories(items: readonly SiteItem[]): Category[] {
  return categories.filter((category) => category === 'necessary' || items.some(({ cookie }) => cookie.category === category));
}

/**
 * What makes two declarations the same cookie for a consent tool: name or pattern, domain, path.
 *
 * @example
 * itemKey({ pattern: '_ga_*' }); // '|_ga_*||/'
 */
export function itemKey(cookie: Pick<CookieDefinition, 'name' | 'pattern' | 'domain' | 'path'>): string {
  return `${cookie.name ?? ''}|${cookie.pattern ?? ''}|${cookie.domain ?? ''}|${cookie.path ?? '/'}`;
}

/**
 * Keeps the first of each equal value by key, so an item two entries declare is listed once.
 *
 * @example
 * uniqueBy(['a', 'a', 'b'], (x) => x); // ['a', 'b']
 */
export function uniqueBy<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
