import { cookiesToClear, type Site } from '@kakor/consent';
import { deletionHeader } from './deletion';
import { cookieDomains } from './host';
import type { RequestConsent } from './request-consent';

/** Browsers keep at most 180 cookies per domain: more names in a request are not looked at. */
const maxNamesConsidered = 180;
/** However many withdrawn cookies a request carries, one response expires at most this many headers' worth; the rest go on the next response. */
export const maxExpiringHeaders = 48;

/**
 * Expiring `Set-Cookie` values for the cookies the request carries that consent no longer
 * allows: host-only and on the registrable domain and the domains between it and the host
 * (see {@link cookieDomains}), since scripts often set their cookies on the registrable domain.
 */
export function expiredCookieHeaders(site: Site, consent: Pick<RequestConsent, 'state' | 'cookieNames' | 'gpc'>, host: string | undefined): string[] {
  const names = consent.cookieNames.length > maxNamesConsidered ? consent.cookieNames.slice(0, maxNamesConsidered) : consent.cookieNames;
  const clear = cookiesToClear(site, consent.state, names, { gpc: consent.gpc });
  if (clear.length === 0) return [];
  const parents = cookieDomains(host);
  const headers: string[] = [];
  for (const { name, path, domain } of clear) {
    for (const on of [undefined, ...(domain === undefined ? parents : [domain])]) {
      const header = deletionHeader(name, path, on);
      if (header !== undefined && !headers.includes(header)) headers.push(header);
      if (headers.length >= maxExpiringHeaders) return headers;
    }
  }
  return headers;
}
