import type { CatalogEntry } from '@kakor/catalog';
import { categories, type Category } from '@kakor/catalog';
import type { Site } from '../site';
import { isPageCookie, itemKey, siteItems, uniqueBy, type SiteItem } from './items';
import { cookieNameMatcher, patternToRegExp } from './regexp';

/**
 * A cookie Klaro deletes: a name or RegExp alone when it lives on `/` of the current host,
 * otherwise `[name, path]` or `[name, path, domain]`.
 *
 * @example
 * const cookies: KlaroCookie[] = ['_fbp', /^_ga_.*$/, ['cart', '/shop'], ['_ga', '/', '.example.se']];
 */
export type KlaroCookie = string | RegExp | [name: string | RegExp, path: string] | [name: string | RegExp, path: string, domain: string];

/**
 * A Klaro `services` entry.
 *
 * @example
 * const meta: KlaroService = { name: 'meta', title: 'Meta (Facebook) Pixel', purposes: ['marketing'], cookies: ['_fbp', '_fbc'], required: false, default: false };
 */
export interface KlaroService {
  /** The processor id, e.g. `piwik-pro`; `site-<category>` for the site's own items. */
  name: string;
  /** The processor's name; absent for the site's own, so Klaro looks it up in its translations. */
  title?: string;
  /** The Kakor categories it needs consent for; `['necessary']` when it needs none. */
  purposes: Category[];
  /** Its first-party cookies in those categories, deleted when the visitor turns it off. */
  cookies: KlaroCookie[];
  /** `true` when all its items are necessary: the visitor cannot turn it off. */
  required: boolean;
  /** Always `false`: nothing optional is on before the visitor chooses. */
  default: false;
}

/**
 * What {@link toKlaroServices} adds.
 *
 * @example
 * toKlaroServices(site, { cookieDomain: '.example.se' });
 */
export interface KlaroOptions {
  /**
   * A parent domain scripts set cookies on, e.g. `.example.se` for a site on
   * `www.example.se` (Google Analytics sets `_ga` there). Klaro tries only the host and
   * `.host` unless a cookie names its domain; with this every cookie names this one (Klaro
   * still tries the host as well).
   */
  readonly cookieDomain?: string;
}

function toKlaroCookie({ cookie }: SiteItem, cookieDomain: string | undefined): KlaroCookie {
  const matcher = cookieNameMatcher(cookie);
  // Klaro reads a string that starts with `^` as a regular expression.
  const name = typeof matcher === 'string' && matcher.startsWith('^') ? patternToRegExp(matcher) : matcher;
  const domain = cookie.domain ?? cookieDomain;
  if (domain !== undefined) return [name, cookie.path ?? '/', domain];
  return cookie.path === undefined || cookie.path === '/' ? name : [name, cookie.path];
}

function toService(name: string, title: string | undefined, items: readonly SiteItem[], cookieDomain: string | undefined): KlaroService {
  const optional = items.filter(({ cookie }) => cookie.category !== 'necessary');
  const purposes = categories.filter((category) => optional.some(({ cookie }) => cookie.category === category));
  return {
    name,
    ...(title === undefined ? {} : { title }),
    purposes: purposes.length > 0 ? purposes : ['necessary'],
    cookies: uniqueBy(
      optional.filter(({ cookie }) => isPageCookie(cookie)),
      ({ cookie }) => itemKey(cookie),
    ).map((item) => toKlaroCookie(item, cookieDomain)),
    required: optional.length === 0,
    default: false,
  };
}

/**
 * Klaro's `services`: one per processor (name = its id, title = its name, purposes = the
 * optional Kakor categories of its items), plus `site-<category>` for the site's own optional
 * items. A processor whose items are all necessary is `required`; the cookies listed are the
 * first-party cookies of its optional categories, so turning it off never deletes a
 * necessary one. Third-party cookies, Web Storage, IndexedDB and pixels are not listed: Klaro
 * deletes only cookies the page can reach.
 *
 * @example
 * klaro.setup({ ...klaroConfig, services: toKlaroServices(site) });
 * // [{ name: 'piwik-pro', title: 'Piwik PRO', purposes: ['analytics'],
 * //    cookies: [/^_pk_id\..*$/, …], required: false, default: false }, …]
 */
export function toKlaroServices(site: Site<CatalogEntry>, options: KlaroOptions = {}): KlaroService[] {
  const items = siteItems(site);
  const own = items.filter((item) => !item.processor && item.cookie.category !== 'necessary');
  const ownServices = categories
    .filter((category) => own.some(({ cookie }) => cookie.category === category))
    .map((category) => toService(`site-${category}`, undefined, own.filter(({ cookie }) => cookie.category === category), options.cookieDomain));
  return [...site.processors.map((processor) => toService(processor.id, processor.name, items.filter((item) => item.processor === processor), options.cookieDomain)), ...ownServices];
}
