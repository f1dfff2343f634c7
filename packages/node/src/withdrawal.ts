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
export function expiredCookieHeaders(consent: Pick<RequestConsent, 'cookieNames' | 'decide'>, host: string | undefined): string[] {
  let headers: string[] | undefined;
  const names = consent.cookieNames;
  for (let i = 0; i < names.length && i < maxNamesConsidered; i++) {
    const name = names[i] ?? '';
    // As @kakor/consent's cookiesToClear: declared first-party cookies the consent does not allow;
    // through the request's memoised decisions, since this runs on every response.
    const { allowed, cookie } = consent.decide(name);
    if (allowed || cookie?.party !== 'first') continue;
    headers ??= [];
    const path = cookie.path ?? '/';
    for (const on of [undefined, ...(cookie.domain === undefined ? cookieDomains(host) : [cookie.domain])]) {
      const header = deletionHeader(name, path, on);
      if (header !== undefined && !headers.includes(header)) headers.push(header);
      if (headers.length >= maxExpiringHeaders) return headers;
    }
  }
  return headers ?? [];
}
