import type { CatalogEntry, CookieDefinition, CookieRule, MatchableEntry } from '@kakor/catalog';

/** How a site treats a Global Privacy Control signal. */
export type GpcPolicy = 'honour' | 'deny-analytics' | 'ignore';

/**
 * What a site declares: the catalog entries it uses and its own cookies. Entries may be full
 * (`@kakor/catalog`) or their text-free rules (`@kakor/catalog/rules`, for browser bundles);
 * both give the same decisions and fingerprint.
 */
export interface SiteOptions<Entry extends MatchableEntry = CatalogEntry> {
  /** The catalog entries (or their rules) the site uses, e.g. `[piwikPro, stripe]`. */
  readonly processors: readonly Entry[];
  /** The site's own cookies and storage items, in the catalog's shape (e.g. a load balancer's `stickySession`). */
  readonly cookies?: readonly CookieDefinition[];
  /** Bump to ask every visitor again, on top of the automatic fingerprint. */
  readonly revision?: string | number;
  /** How long a consent lasts; 365 days by default. */
  readonly maxAgeDays?: number;
  /** `honour` (default): GPC denies marketing; `deny-analytics`: and analytics; `ignore`. */
  readonly gpc?: GpcPolicy;
  /** Allow cookies neither the catalog nor the site declares; refused by default. */
  readonly allowUnknown?: boolean;
  /** The consent cookie's name; `kakor_consent` by default. */
  readonly consentCookieName?: string;
}

/** A site definition, ready for decisions. Build it with {@link defineSite}. */
export interface Site<Entry extends MatchableEntry = MatchableEntry> {
  /** The catalog entries (or their rules) the site uses. */
  readonly processors: readonly Entry[];
  /** The site's own cookies and storage items. */
  readonly cookies: readonly CookieDefinition[];
  /** Changes whenever a declared cookie, its category or the revision changes. */
  readonly fingerprint: string;
  /** How long a consent lasts, in ms. */
  readonly maxAgeMs: number;
  /** What a Global Privacy Control signal denies. */
  readonly gpc: GpcPolicy;
  /** Whether cookies neither the catalog nor the site declares are allowed. */
  readonly allowUnknown: boolean;
  /** The consent cookie's name. */
  readonly consentCookieName: string;
}

const dayMs = 86_400_000;

/** FNV-1a: a short, stable hash, so browser and server derive the same fingerprint without WebCrypto. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Declares what a site uses. Its fingerprint covers every declared cookie and category, so
 * consent given before a processor was added or a cookie changed category asks again.
 *
 * @example
 * import { piwikPro, stripe } from '@kakor/catalog';
 * const site = defineSite({
 *   processors: [piwikPro, stripe],
 *   cookies: [{ name: 'stickySession', category: 'necessary', duration: 'session', party: 'first', storage: 'cookie', purpose: { en: 'Keeps a visit on one server.' } }],
 * });
 */
export function defineSite<Entry extends MatchableEntry>(options: SiteOptions<Entry>): Site<Entry> {
  const { processors, revision, maxAgeDays = 365, gpc = 'honour', allowUnknown = false, consentCookieName = 'kakor_consent' } = options;
  const fail = (problem: string): never => {
    throw new TypeError(`defineSite: ${problem}`);
  };
  if (!Array.isArray(processors)) fail('`processors` must be a list of catalog entries, e.g. [stripe, hubspot]');
  if (!(maxAgeDays > 0)) fail(`\`maxAgeDays\` must be a positive number of days, received ${String(maxAgeDays)}`);
  const duplicate = processors.find((entry, i) => processors.findIndex((other) => other.id === entry.id) !== i);
  if (duplicate) fail(`the processor "${duplicate.id}" is listed twice`);
  const consentCookie: CookieDefinition = {
    name: consentCookieName,
    category: 'necessary',
    duration: `P${String(maxAgeDays)}D`,
    party: 'first',
    storage: 'cookie',
    // Its text lives with the policy labels (@kakor/consent/policy), not in every browser bundle.
    purpose: { en: '' },
  };
  const cookies = [consentCookie, ...(options.cookies ?? [])];
  const describe = (owner: string, cookie: CookieRule): string => `${owner}/${cookie.name ?? cookie.pattern ?? ''}/${cookie.storage}/${cookie.category}`;
  const declared = [
    ...processors.flatMap((entry: MatchableEntry) => entry.cookies.map((cookie) => describe(entry.id, cookie))),
    ...cookies.map((cookie) => describe('', cookie)),
  ].sort();
  return {
    processors,
    cookies,
    fingerprint: hash(`${declared.join('\n')}\n${String(revision ?? '')}`),
    maxAgeMs: maxAgeDays * dayMs,
    gpc,
    allowUnknown,
    consentCookieName,
  };
}
