import type { CookieDefinition, Duration, MatchableEntry } from '@kakor/catalog';

/** How a site uses a catalog entry: which of its items, and the defaults it changed. */
export interface TailorOptions {
  /** Keep only these items, by name or pattern as the catalog writes them (e.g. `_pk_id.*`). */
  readonly only?: readonly string[];
  /** Drop these items, by name or pattern. */
  readonly except?: readonly string[];
  /** Changed defaults per item, e.g. a shorter lifetime set in the vendor's settings. */
  readonly change?: Readonly<
    Record<
      string,
      {
        /** The lifetime the site configured. */
        readonly duration?: Duration;
        /** The domain the site sets it on. */
        readonly domain?: string;
        /** The path the site sets it on. */
        readonly path?: string;
      }
    >
  >;
}

/**
 * A catalog entry as one site uses it: only the items it really sets, with the lifetimes it
 * configured. Names that the entry does not declare are a `TypeError` naming them, so a typo
 * cannot silently drop a cookie. Decisions, fingerprint and policy tables follow the result.
 *
 * @example
 * const piwik = tailorEntry(piwikPro, { only: ['_pk_id.*', '_pk_ses.*', 'ppms_privacy_*'], change: { '_pk_id.*': { duration: 'P12M' } } });
 * const site = defineSite({ processors: [piwik, stripe] });
 */
export function tailorEntry<Entry extends MatchableEntry>(entry: Entry, options: TailorOptions): Entry {
  const keyOf = (item: Entry['cookies'][number]): string => item.name ?? item.pattern ?? '';
  const declared = new Set(entry.cookies.map(keyOf));
  const named = [...(options.only ?? []), ...(options.except ?? []), ...Object.keys(options.change ?? {})];
  const unknown = [...new Set(named.filter((key) => !declared.has(key)))];
  if (unknown.length > 0) {
    throw new TypeError(`tailorEntry(${entry.id}): ${unknown.map((key) => `"${key}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not among its items; it declares ${[...declared].map((key) => `"${key}"`).join(', ')}`);
  }
  const only = options.only && new Set(options.only);
  const except = new Set(options.except ?? []);
  const cookies = entry.cookies
    .filter((item) => (!only || only.has(keyOf(item))) && !except.has(keyOf(item)))
    .map((item) => {
      const change = options.change && Object.hasOwn(options.change, keyOf(item)) ? options.change[keyOf(item)] : undefined;
      return change ? ({ ...item, ...change } as CookieDefinition) : item;
    });
  return { ...entry, cookies };
}
