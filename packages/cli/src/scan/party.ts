import { getDomain } from 'tldts';

/**
 * The registrable domain of a host (`shop.example.co.uk` → `example.co.uk`), by the Public
 * Suffix List; the host itself for an IP address, `localhost` or a name with no public suffix.
 */
export function siteDomainOf(host: string): string {
  const bare = host.replace(/^\./, '').replace(/^\[|\]$/g, '').toLowerCase();
  return getDomain(bare, { allowPrivateDomains: true }) ?? bare;
}

/** First party when the host (or cookie domain) belongs to the site's registrable domain, else third. */
export function partyOf(host: string, siteDomain: string): 'first' | 'third' {
  return siteDomainOf(host) === siteDomain ? 'first' : 'third';
}
