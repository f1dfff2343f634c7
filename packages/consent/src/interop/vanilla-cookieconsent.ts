import type { CatalogEntry } from '@kakor/catalog';
import type { Category } from '@kakor/catalog';
import type { Site } from '../site';
import type { OptionalCategory } from '../state';
import { isPageCookie, itemKey, siteItems, uniqueBy, usedCategories, type SiteItem } from './items';
import { cookieNameMatcher } from './regexp';

/**
 * A cookie vanilla-cookieconsent erases: its `CookieItem`.
 *
 * @example
 * const ga: CookieConsentCookie = { name: /^_ga_.*$/, path: '/' };
 */
export interface CookieConsentCookie {
  /** The exact name, or an anchored RegExp for a catalog pattern. */
  name: string | RegExp;
  /** The catalog's path, or `/`. */
  path: string;
  /** The catalog's domain, when it names one; otherwise vanilla-cookieconsent tries the current host. */
  domain?: string;
}

/**
 * A processor as a vanilla-cookieconsent `Service`, erased when the visitor turns it off.
 *
 * @example
 * const meta: CookieConsentService = { label: 'Meta (Facebook) Pixel', cookies: [{ name: '_fbp', path: '/' }] };
 */
export interface CookieConsentService {
  /** The processor's name, e.g. `Piwik PRO`. */
  label: string;
  /** Its first-party cookies in this category; absent under `necessary`, which is never rejected. */
  cookies?: CookieConsentCookie[];
}

/**
 * A Kakor category as a vanilla-cookieconsent `Category`.
 *
 * @example
 * const marketing: CookieConsentCategory = { autoClear: { cookies: [{ name: '_fbp', path: '/' }] } };
 */
export interface CookieConsentCategory {
  /** `true` for `necessary` only. */
  enabled?: boolean;
  /** `true` for `necessary` only: the visitor cannot turn it off. */
  readOnly?: boolean;
  /** Optional categories: the first-party cookies to erase when the visitor rejects the category. */
  autoClear?: {
    /** The cookies to erase. */
    cookies: CookieConsentCookie[];
  };
  /** With `services: true`: one service per processor id. */
  services?: Record<string, CookieConsentService>;
}

/**
 * vanilla-cookieconsent's `categories`, keyed by Kakor category.
 *
 * @example
 * const categories: CookieConsentCategories = toCookieConsentCategories(site);
 * categories.analytics?.autoClear?.cookies; // [{ name: /^_pk_id\..*$/, path: '/' }, …]
 */
export type CookieConsentCategories = {
  /** Always present: enabled and read-only. */
  necessary: CookieConsentCategory;
} & Partial<Record<OptionalCategory, CookieConsentCategory>>;

/**
 * What {@link toCookieConsentCategories} adds.
 *
 * @example
 * toCookieConsentCategories(site, { services: true, cookieDomain: '.example.se' });
 */
export interface CookieConsentOptions {
  /** Also list each processor as a service the visitor can turn off on its own; off by default. */
  readonly services?: boolean;
  /**
   * A parent domain scripts set cookies on, e.g. `.example.se` for a site on `shop.example.se`
   * (Google Analytics sets `_ga` there). vanilla-cookieconsent tries only the host, `.host`
   * and, for `www.` hosts, the parent; with this each cookie is listed again on this domain.
   */
  readonly cookieDomain?: string;
}

function toCookieItems(items: readonly SiteItem[], cookieDomain: string | undefined): CookieConsentCookie[] {
  const cookies = items.map(({ cookie }) => cookie).filter(isPageCookie);
  return uniqueBy(cookies, itemKey).flatMap((cookie) => {
    const item: CookieConsentCookie = { name: cookieNameMatcher(cookie), path: cookie.path ?? '/' };
    const domain = cookie.domain ?? cookieDomain;
    if (domain === undefined) return [item];
    // An explicit domain stops vanilla-cookieconsent from trying the host, so keep both.
    return cookie.domain === undefined ? [item, { ...item, domain }] : [{ ...item, domain }];
  });
}

function toServices(items: readonly SiteItem[], necessary: boolean, cookieDomain: string | undefined): Record<string, CookieConsentService> {
  const services: Record<string, CookieConsentService> = {};
  for (const { processor } of items) {
    if (!processor || processor.id in services) continue;
    services[processor.id] = necessary ? { label: processor.name } : { label: processor.name, cookies: toCookieItems(items.filter((item) => item.processor === processor), cookieDomain) };
  }
  return services;
}

/**
 * The `categories` of a vanilla-cookieconsent v3 config: `necessary` read-only and on, and
 * each optional category the site uses with `autoClear.cookies` listing its first-party
 * cookies (exact names as strings, patterns as anchored RegExps). Third-party cookies, Web
 * Storage, IndexedDB and pixels are left out: vanilla-cookieconsent erases only cookies the
 * page can reach; clear storage keys with `clearBrowserStorage` and `consentFromCategories`.
 *
 * @example
 * import * as CookieConsent from 'vanilla-cookieconsent';
 * await CookieConsent.run({ categories: toCookieConsentCategories(site), language: { default: 'en', translations: { en } } });
 * // { necessary: { enabled: true, readOnly: true },
 * //   analytics: { autoClear: { cookies: [{ name: /^_pk_id\..*$/, path: '/' }, …] } }, … }
 */
export function toCookieConsentCategories(site: Site<CatalogEntry>, options: CookieConsentOptions = {}): CookieConsentCategories {
  const items = siteItems(site);
  const result: Partial<Record<Category, CookieConsentCategory>> = {};
  for (const category of usedCategories(items)) {
    const inCategory = items.filter(({ cookie }) => cookie.category === category);
    const necessary = category === 'necessary';
    const entry: CookieConsentCategory = necessary ? { enabled: true, readOnly: true } : { autoClear: { cookies: toCookieItems(inCategory, options.cookieDomain) } };
    if (options.services) entry.services = toServices(inCategory, necessary, options.cookieDomain);
    result[category] = entry;
  }
  return result as CookieConsentCategories;
}
