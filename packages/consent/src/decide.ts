import type { Category, CookieRule, StorageKind } from '@kakor/catalog';
import { needsConsent } from './needs-consent';
import type { Site } from './site';
import { siteMatcher } from './site-matcher';
import type { ConsentState } from './state';

/** Why a cookie is allowed or refused. */
export type DecisionReason = 'necessary' | 'granted' | 'denied' | 'no-consent' | 'expired' | 'changed' | 'gpc' | 'unknown';

/** Whether a cookie may be set, and why. */
export interface Decision {
  /** Whether the cookie may be set (or kept). */
  readonly allowed: boolean;
  /** Why it is allowed or refused. */
  readonly reason: DecisionReason;
  /** The category, when the name is declared. */
  readonly category?: Category;
  /** The catalog entry's id; absent for the site's own cookies and unknown names. */
  readonly processor?: string;
  /** The matching declaration. */
  readonly cookie?: CookieRule;
}

/** The request's circumstances. */
export interface DecideOptions {
  /** Now, in ms since the epoch. */
  readonly now?: number;
  /** Whether this request carries a GPC signal (`Sec-GPC: 1`, `navigator.globalPrivacyControl`). */
  readonly gpc?: boolean;
  /** Where the item lives; any, preferring cookies, by default. */
  readonly storage?: StorageKind;
}

/** Whether a GPC signal denies a category under the site's policy: marketing, and analytics too with `deny-analytics`. */
export function gpcDenies(site: Site, category: Category): boolean {
  return site.gpc !== 'ignore' && (category === 'marketing' || (category === 'analytics' && site.gpc === 'deny-analytics'));
}

/**
 * Whether a consent allows a category (and optionally one processor), as {@link decide}
 * would say for a cookie of it.
 *
 * @example
 * categoryDecision(site, state, 'analytics').allowed; // true once analytics is granted
 */
export function categoryDecision(site: Site, state: ConsentState | null | undefined, category: Category, processor?: string, options: DecideOptions = {}): {
  /** Whether the category (and processor) is allowed. */
  allowed: boolean;
  /** Why it is allowed or refused. */
  reason: DecisionReason;
} {
  if (category === 'necessary') return { allowed: true, reason: 'necessary' };
  const stale = needsConsent(site, state, options.now);
  if (stale || !state) return { allowed: false, reason: stale || 'no-consent' };
  // Own properties only: a processor called "constructor" must not find Object's.
  const own = processor !== undefined && Object.hasOwn(state.processors, processor) ? state.processors[processor] : undefined;
  const chosen = typeof own === 'boolean' ? own : state.categories[category] === true;
  if (!chosen) return { allowed: false, reason: 'denied' };
  const gpcOn = options.gpc ?? state.gpc;
  // A grant made while GPC was on, from the visitor's own hand, outranks the signal.
  const explicit = state.gpc && state.source === 'banner';
  if (gpcOn && gpcDenies(site, category) && !explicit) return { allowed: false, reason: 'gpc' };
  return { allowed: true, reason: 'granted' };
}

/**
 * Whether a cookie or storage item may be set now. Fails closed: without a current consent
 * only necessary cookies pass, and names neither the catalog nor the site declares are
 * refused unless the site sets `allowUnknown`.
 *
 * @example
 * decide(site, state, '_pk_id.8506966f'); // { allowed: false, reason: 'no-consent', category: 'analytics', processor: 'piwik-pro', … }
 */
export function decide(site: Site, state: ConsentState | null | undefined, name: string, options: DecideOptions = {}): Decision {
  const match = siteMatcher(site).match(name, options.storage === undefined ? undefined : { storage: options.storage });
  if (!match) return { allowed: site.allowUnknown, reason: 'unknown' };
  const { cookie, entry } = match;
  const processor = site.processors.includes(entry as (typeof site.processors)[number]) ? entry.id : undefined;
  const { allowed, reason } = categoryDecision(site, state, cookie.category, processor, options);
  // Literals, not spreads: object spread costs about a microsecond here, on every Set-Cookie a server sends.
  return processor === undefined ? { allowed, reason, category: cookie.category, cookie } : { allowed, reason, category: cookie.category, cookie, processor };
}
