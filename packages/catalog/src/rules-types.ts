import type { CookieDefinition } from './types';

/** What a consent decision needs of a cookie definition: no texts, no sources. */
export type CookieRule = Pick<CookieDefinition, 'name' | 'pattern' | 'category' | 'party' | 'storage' | 'domain' | 'path'>;

/**
 * A catalog entry reduced to its cookie rules, for browser bundles: `@kakor/catalog/rules`
 * exports one per entry under the same name as the full entry. A site defined with rules
 * decides exactly as one defined with full entries (same fingerprint); policy tables need the
 * full entries.
 */
export interface CatalogRules<Id extends string = string> {
  /** The entry's id, as in the full entry. */
  readonly id: Id;
  /** The entry's cookie and storage items, without purposes. */
  readonly cookies: readonly CookieRule[];
}
