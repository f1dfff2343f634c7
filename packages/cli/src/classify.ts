import { createMatcher, type CatalogEntry, type Category, type Duration, type Party, type StorageKind } from '@kakor/catalog';

/** What the catalog says about one cookie or storage key name. */
export interface Classification {
  /** The name as given. */
  readonly name: string;
  /** Whether the catalog knows it. */
  readonly known: boolean;
  /** The entry's id, e.g. `piwik-pro`. */
  readonly processor: string | null;
  /** The entry's display name, e.g. `Piwik PRO`. */
  readonly processorName: string | null;
  /** The consent category the cookie needs. */
  readonly category: Category | null;
  /** How long it lives by the vendor's default. */
  readonly duration: Duration | null;
  /** First or third party. */
  readonly party: Party | null;
  /** Where it lives. */
  readonly storage: StorageKind | null;
  /** The catalog's pattern the name matched, when it matched a pattern rather than an exact name. */
  readonly pattern: string | null;
  /** What it is for, in English. */
  readonly purpose: string | null;
  /** The ids of other entries that set the same item (its `sharedWith`); empty when none or unknown. */
  readonly alsoSetBy: readonly string[];
}

/** Classifies names against catalog entries; unknown names come back with `known: false`. */
export function classifyNames(names: readonly string[], entries: readonly CatalogEntry[]): Classification[] {
  const matcher = createMatcher(entries);
  return names.map((name) => {
    const match = matcher.match(name);
    if (!match) {
      return { name, known: false, processor: null, processorName: null, category: null, duration: null, party: null, storage: null, pattern: null, purpose: null, alsoSetBy: [] };
    }
    const { entry, cookie } = match;
    return {
      name,
      known: true,
      processor: entry.id,
      processorName: entry.name,
      category: cookie.category,
      duration: cookie.duration,
      party: cookie.party,
      storage: cookie.storage,
      pattern: cookie.pattern ?? null,
      purpose: cookie.purpose.en,
      alsoSetBy: cookie.sharedWith ?? [],
    };
  });
}
