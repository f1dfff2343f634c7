import type { CatalogEntry, CookieMatcher, StorageKind } from '@kakor/catalog';
import type { ItemClassification } from './scan-report';

/** What the catalog says about one recorded item. */
export type CatalogClassification = Omit<ItemClassification, 'declared'>;

/**
 * Classifies a recorded name through the catalog, within its storage kind. For a third-party
 * cookie the cookie's domain is passed along, so a generic name (`uid`, `id`) is matched only
 * on the vendor domain the catalog gives it.
 */
export function classifyItem(matcher: CookieMatcher<CatalogEntry>, name: string, storage: StorageKind, party: 'first' | 'third', domain: string): CatalogClassification {
  // A cookie's domain lets the catalog bind vendors' generic names (`uid` on their own domain);
  // storage keys belong to the page's origin, where no item is bound.
  void party;
  const match = matcher.match(name, storage === 'cookie' && domain !== '' ? { storage, domain } : { storage });
  if (!match) return { known: false };
  return { known: true, entry: match.entry.id, entryName: match.entry.name, category: match.cookie.category };
}
