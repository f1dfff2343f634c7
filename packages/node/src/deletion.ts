import { serialize } from 'cookie';

const epoch = new Date(0);

// The same few deletions recur on every response until browsers drop the cookies; the names,
// paths and domains come from requests and apps, so the cache is bounded.
const plainCache = new Map<string, string | undefined>();
const otherCache = new Map<string, string | undefined>();
const cacheLimit = 1000;

/** Whether a name carries a cookie prefix, compared case-insensitively as current browsers do. */
export const cookiePrefix = (name: string): '__Host-' | '__Secure-' | undefined => {
  const start = name.slice(0, 9).toLowerCase();
  if (start.startsWith('__host-')) return '__Host-';
  if (start === '__secure-') return '__Secure-';
  return undefined;
};

/**
 * A canonical `Set-Cookie` that deletes a cookie: empty value, `Max-Age=0` and an `Expires`
 * in 1970, on the given path and domain. Prefixed names get what browsers require before they
 * accept any `Set-Cookie` for them: `Secure`, and for `__Host-` also `Path=/` and no `Domain`.
 * `undefined` for a name, path or domain no `Set-Cookie` can carry.
 */
export function deletionHeader(name: string, path = '/', domain?: string): string | undefined {
  const prefix = cookiePrefix(name);
  const onPath = prefix === '__Host-' ? '/' : path;
  const onDomain = prefix === '__Host-' ? undefined : domain;
  // Most deletions are host-only on `/`: keyed by the name alone, which builds no string per call.
  const plain = onPath === '/' && onDomain === undefined;
  const key = plain ? name : `${name}\u0000${onPath}\u0000${onDomain ?? ''}`;
  const cache = plain ? plainCache : otherCache;
  if (cache.has(key)) return cache.get(key);
  let header: string | undefined;
  try {
    header = serialize(name, '', { path: onPath, expires: epoch, maxAge: 0, secure: prefix !== undefined, ...(onDomain === undefined ? {} : { domain: onDomain }) });
  } catch {
    header = undefined;
  }
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(key, header);
  return header;
}
