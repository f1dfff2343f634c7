import { cookiesToClear, domainVariants, type Site } from '@kakor/consent';
import { serialize } from 'cookie';
import type { RequestConsent } from './request-consent';

const epoch = new Date(0);

// The same few expiring headers recur on every response until browsers drop the cookies.
const expiring = new Map<string, string | undefined>();
const expiringLimit = 1000;

function expiringHeader(name: string, path: string, domain: string | undefined): string | undefined {
  const key = `${name}\u0000${path}\u0000${domain ?? ''}`;
  if (expiring.has(key)) return expiring.get(key);
  let header: string | undefined;
  try {
    header = serialize(name, '', domain === undefined ? { path, expires: epoch, maxAge: 0 } : { path, expires: epoch, maxAge: 0, domain });
  } catch {
    header = undefined; // a name the request carried that no Set-Cookie can express
  }
  if (expiring.size >= expiringLimit) expiring.clear();
  expiring.set(key, header);
  return header;
}

/**
 * Expiring `Set-Cookie` values for the cookies the request carries that consent no longer
 * allows: host-only and on every parent domain of the host, since scripts often set their
 * cookies on the registrable domain.
 */
export function expiredCookieHeaders(site: Site, consent: Pick<RequestConsent, 'state' | 'cookieNames' | 'gpc'>, host: string | undefined): string[] {
  const clear = cookiesToClear(site, consent.state, consent.cookieNames, { gpc: consent.gpc });
  if (clear.length === 0) return [];
  const hostname = (host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  const parents = domainVariants(hostname).filter((domain) => domain.startsWith('.'));
  return clear.flatMap(({ name, path, domain }) => {
    const domains = new Set<string | undefined>([undefined, ...parents, ...(domain === undefined ? [] : [domain])]);
    return [...domains].flatMap((d) => {
      const header = expiringHeader(name, path, d);
      return header === undefined ? [] : [header];
    });
  });
}
