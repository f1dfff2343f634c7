import { cookiesToClear } from '@kakor/consent';
import { deletionHeader } from './deletion';
import { cookieDomains } from './host';
import type { RequestConsent } from './request-consent';

/** Browsers keep at most 180 cookies per domain: more names in a request are not looked at. */
const maxNamesConsidered = 180;
/** However many withdrawn cookies a request carries, one response expires at most this many headers' worth; the rest go on the next response. */
export const maxExpiringHeaders = 48;
const none: readonly string[] = [];

/**
 * Expiring `Set-Cookie` values for the cookies the request carries that consent no longer
 * allows: host-only and on the registrable domain and the domains between it and the host
 * (see {@link cookieDomains}), since scripts often set their cookies on the registrable domain.
 */
export function expiredCookieHeaders(consent: Pick<RequestConsent, 'cookieNames' | 'decide'>, host: string | undefined): readonly string[] {
  const names = consent.cookieNames;
  // @kakor/consent's rule, through the request's memoised decisions, since this runs on every response.
  const clear = cookiesToClear((name) => consent.decide(name), names.length > maxNamesConsidered ? names.slice(0, maxNamesConsidered) : names);
  if (clear.length === 0) return none;
  const headers: string[] = [];
  for (const { name, path, domain } of clear) {
    for (const on of [undefined, ...(domain === undefined ? cookieDomains(host) : [domain])]) {
      const header = deletionHeader(name, path, on);
      if (header !== undefined && !headers.includes(header)) headers.push(header);
      if (headers.length >= maxExpiringHeaders) return headers;
    }
  }
  return headers;
}
