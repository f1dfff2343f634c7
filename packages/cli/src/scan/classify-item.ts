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
  // DOMAIN MATCHING: the one place the cookie's domain would go to the matcher, once
  // `match(name, { domain })` exists in @kakor/catalog; until then names are matched alone.
  void party;
  void domain;
  const match = matcher.match(name, { storage });
  if (!match) return { known: false };
  return { known: true, entry: match.entry.id, entryName: match.entry.name, category: match.cookie.category };
}
