import type { CatalogEntry } from '@kakor/catalog';
import type { CookieDefinition } from '@kakor/catalog';
import { clearBrowserStorage } from '../browser-clear';
import type { Site } from '../site';
import { optionalCategories, type OptionalCategory } from '../state';
import { consentFromCategories } from './consent-from-categories';
import { itemKey, siteItems, uniqueBy } from './items';

/**
 * A c15t consent category a visitor can decide on.
 *
 * @example
 * const category: C15tOptionalCategory = c15tCategories.analytics; // 'measurement'
 */
export type C15tOptionalCategory = 'functionality' | 'experience' | 'measurement' | 'marketing';

/**
 * The c15t category each optional Kakor category maps to: preferences → `functionality`,
 * analytics → `measurement`, marketing → `marketing`. c15t's `experience` has no Kakor
 * counterpart and stays unused.
 *
 * @example
 * c15tCategories.analytics; // 'measurement'
 */
export const c15tCategories: Readonly<Record<OptionalCategory, C15tOptionalCategory>> = {
  preferences: 'functionality',
  analytics: 'measurement',
  marketing: 'marketing',
};

/**
 * A cookie c15t's `clearOnRevocation` deletes: its `ClearOnRevocationCookie`.
 *
 * @example
 * const cart: C15tClearOnRevocationCookie = { name: 'cart', path: '/shop' };
 */
export interface C15tClearOnRevocationCookie {
  /** An exact name, or a prefix followed by `*`. */
  name: string;
  /** The catalog's domain; absent to let c15t try the host and its parents. */
  domain?: string;
  /** The catalog's path; absent to let c15t try the current path and its parents. */
  path?: string;
}

/**
 * What c15t removes for one denied category: its `ClearOnRevocationTargets`.
 *
 * @example
 * const measurement: C15tClearOnRevocationTargets = { cookies: ['_ga', '_ga_*'], localStorage: ['ppms_webstorage'] };
 */
export interface C15tClearOnRevocationTargets {
  /** Cookie names (or prefixes with `*`), or objects when the catalog gives a domain or path. */
  cookies?: (string | C15tClearOnRevocationCookie)[];
  /** localStorage keys, exact or prefixes with `*`. */
  localStorage?: string[];
  /** sessionStorage keys, exact or prefixes with `*`. */
  sessionStorage?: string[];
}

/**
 * c15t's `ClearOnRevocationConfig`: targets per optional c15t category.
 *
 * @example
 * const config: C15tClearOnRevocationConfig = { marketing: { cookies: ['_fbp'] } };
 */
export type C15tClearOnRevocationConfig = Partial<Record<C15tOptionalCategory, C15tClearOnRevocationTargets>>;

// c15t matches exact names and one trailing `*` only; `*_session` or `a*b` cannot be said.
const c15tName = (cookie: CookieDefinition): string | undefined => {
  const text = cookie.name ?? cookie.pattern ?? '';
  return cookie.name !== undefined || text.indexOf('*') === text.length - 1 ? text : undefined;
};

/**
 * The `clearOnRevocation` option of c15t's next major version (merged on c15t's `v3` branch,
 * c15t/c15t#1112; not in c15t 2.2.1, the current release): per optional c15t category, the
 * site's first-party cookies, localStorage and sessionStorage keys. Exact names stay as they
 * are, patterns with one trailing `*` (`_ga_*`) pass through; other patterns (`*_session`)
 * are left out, as c15t cannot match them. Third-party cookies, IndexedDB and pixels are
 * out of the page's reach and left out. For c15t 2.x use {@link toC15tCallbacks}.
 *
 * @example
 * createConsentRuntime({ ...options, clearOnRevocation: toC15tClearOnRevocation(site) });
 * // { measurement: { cookies: ['_pk_id.*', '_pk_ses.*', …] }, marketing: { cookies: ['_fbp'] } }
 */
export function toC15tClearOnRevocation(site: Site<CatalogEntry>): C15tClearOnRevocationConfig {
  const items = uniqueBy(
    siteItems(site).map(({ cookie }) => cookie),
    (cookie) => `${cookie.storage}|${itemKey(cookie)}`,
  ).filter((cookie) => cookie.party === 'first' && cookie.category !== 'necessary');
  const config: C15tClearOnRevocationConfig = {};
  for (const category of optionalCategories) {
    const targets: C15tClearOnRevocationTargets = {};
    for (const cookie of items.filter((item) => item.category === category)) {
      const name = c15tName(cookie);
      if (name === undefined) continue;
      if (cookie.storage === 'cookie') {
        const target: C15tClearOnRevocationCookie = { name };
        if (cookie.domain !== undefined) target.domain = cookie.domain;
        if (cookie.path !== undefined) target.path = cookie.path;
        (targets.cookies ??= []).push(target.domain === undefined && target.path === undefined ? name : target);
      } else if (cookie.storage === 'localStorage' || cookie.storage === 'sessionStorage') {
        (targets[cookie.storage] ??= []).push(name);
      }
    }
    if (Object.keys(targets).length > 0) config[c15tCategories[category]] = targets;
  }
  return config;
}

/**
 * What c15t 2.x passes to `onConsentSet`: each category's current permission.
 *
 * @example
 * toC15tCallbacks(site).onConsentSet({ preferences: { necessary: true, measurement: false } });
 */
export interface C15tConsentSetPayload {
  /** Permission per c15t category name, e.g. `{ necessary: true, measurement: false }`. */
  readonly preferences: Readonly<Partial<Record<string, boolean>>>;
}

/**
 * The part of c15t 2.x's `callbacks` option that {@link toC15tCallbacks} fills.
 *
 * @example
 * const callbacks: C15tCallbacks = toC15tCallbacks(site);
 */
export interface C15tCallbacks {
  /** Clears what the denied categories own; c15t calls it on start and on every save. */
  onConsentSet: (payload: C15tConsentSetPayload) => void;
}

/**
 * For c15t 2.x, which has no cookie list to clear on revocation: an `onConsentSet` callback
 * (c15t calls it on start and on every save, before its reload on revocation) that removes
 * the first-party cookies and Web Storage keys of each category c15t reports denied, with
 * Kakor's `clearBrowserStorage`. Unlike {@link toC15tClearOnRevocation} it matches every
 * catalog pattern. Spread it into `callbacks` and chain your own `onConsentSet` after it.
 *
 * @example
 * const store = createConsentManagerStore(manager, { callbacks: { ...toC15tCallbacks(site) } });
 */
export function toC15tCallbacks(site: Site<CatalogEntry>): C15tCallbacks {
  return {
    onConsentSet: ({ preferences }) => {
      clearBrowserStorage(site, consentFromCategories(site, optionalCategories.filter((category) => preferences[c15tCategories[category]] === true)));
    },
  };
}
