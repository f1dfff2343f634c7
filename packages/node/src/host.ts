import { getDomain } from 'tldts';

const maxHostLength = 253;
/** At most this many `Domain` values are tried per cookie: the registrable domain first. */
export const maxCookieDomains = 4;
const label = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
const ipv4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

const cache = new Map<string, readonly string[]>();
const cacheLimit = 1000;
const none: readonly string[] = [];

function computeCookieDomains(host: string): readonly string[] {
  if (host.length > maxHostLength + 6 || host.startsWith('[')) return none; // IPv6 literals take host-only cookies
  const hostname = host.replace(/:\d{1,5}$/, '').toLowerCase();
  if (hostname.length > maxHostLength || hostname.endsWith('.') || ipv4.test(hostname)) return none;
  const labels = hostname.split('.');
  if (!labels.every((part) => label.test(part))) return none;
  const registrable = getDomain(hostname, { allowPrivateDomains: true, extractHostname: false, validateHostname: false });
  if (!registrable) return none;
  const depth = labels.length - registrable.split('.').length;
  const domains = [`.${registrable}`];
  // From the registrable domain towards the host, where scripts set their cookies.
  for (let i = depth - 1; i >= 0 && domains.length < maxCookieDomains; i--) domains.push(`.${labels.slice(i).join('.')}`);
  return domains;
}

/**
 * The `Domain` values a first-party cookie of this request's host may have been set with: the
 * registrable domain (by the Public Suffix List) and the domains between it and the host,
 * at most {@link maxCookieDomains}. None for IP literals, hosts with a trailing dot, hosts
 * on a public suffix, and anything that is not a valid host name: those get host-only
 * deletions only. Bounded time and memory whatever the `Host` header holds.
 */
export function cookieDomains(host: string | undefined): readonly string[] {
  if (host === undefined || host === '') return none;
  const known = cache.get(host);
  if (known !== undefined) return known;
  const domains = computeCookieDomains(host);
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(host, domains);
  return domains;
}
