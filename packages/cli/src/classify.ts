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
  /** The domain the matched item is bound to, when it is. */
  readonly domain: string | null;
  /**
   * For a name unknown without a domain: the domains the catalog knows it on (a generic name
   * such as `uid` is matched only there; give one with `--domain`). Empty otherwise.
   */
  readonly knownOn: readonly string[];
}

/** Options of {@link classifyNames}. */
export interface ClassifyNamesOptions {
  /** The domain the cookies were set on; items bound to a domain then match only on it and its subdomains. */
  readonly domain?: string;
}

/** Classifies names against catalog entries; unknown names come back with `known: false`. */
export function classifyNames(names: readonly string[], entries: readonly CatalogEntry[], options: ClassifyNamesOptions = {}): Classification[] {
  const matcher = createMatcher(entries);
  const lookup = options.domain === undefined ? undefined : { domain: options.domain };
  const boundDomains = new Map<string, string[]>();
  for (const entry of entries) {
    for (const cookie of entry.cookies) {
      if (cookie.name === undefined || cookie.domain === undefined) continue;
      boundDomains.set(cookie.name, [...(boundDomains.get(cookie.name) ?? []), cookie.domain]);
    }
  }
  return names.map((name) => {
    const match = matcher.match(name, lookup);
    if (!match) {
      const knownOn = lookup === undefined ? [...new Set(boundDomains.get(name) ?? [])] : [];
      return { name, known: false, processor: null, processorName: null, category: null, duration: null, party: null, storage: null, pattern: null, purpose: null, alsoSetBy: [], domain: null, knownOn };
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
      domain: cookie.domain ?? null,
      knownOn: [],
    };
  });
}
