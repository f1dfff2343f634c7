import { createMatcher, matchesPattern, type CatalogEntry, type Category, type CookieDefinition } from '@kakor/catalog';

/** Why an entry is in the results, strongest first. */
export type MatchReason =
  /** The item `kakor classify` would name for the query, taken as a cookie name. */
  | 'best-match'
  /** An item whose name is the query or whose pattern matches it (another entry setting the same cookie). */
  | 'name-match'
  /** The entry's name, id or legal name contains the query. */
  | 'vendor'
  /** An item's name or pattern contains the query. */
  | 'partial-name'
  /** One of the entry's services contains the query. */
  | 'service'
  /** No query: every entry (of the category) is listed. */
  | 'listed';

const reasonOrder: readonly MatchReason[] = ['best-match', 'name-match', 'vendor', 'partial-name', 'service', 'listed'];

/** An entry in the results and the items that made it match. */
export interface SearchResult {
  /** The catalog entry. */
  readonly entry: CatalogEntry;
  /** Why it matched. */
  readonly reason: MatchReason;
  /** The items that matched; every item (of the category) when the entry matched as a whole. */
  readonly items: readonly CookieDefinition[];
}

/** Searches a catalog by cookie name, vendor or service, optionally within one category. */
export type CatalogSearch = (query: string, category?: Category) => SearchResult[];

const itemKey = (item: CookieDefinition): string => item.name ?? item.pattern ?? '';

/** How closely an entry's name or id fits the query: the same (0), starting with it (1), containing it (2). */
function vendorCloseness(entry: CatalogEntry, lower: string): number {
  const fields = [entry.name.toLowerCase(), entry.id];
  if (fields.includes(lower)) return 0;
  return fields.some((field) => field.startsWith(lower)) ? 1 : 2;
}

/** A search over `entries`; the cookie-name part uses the same matcher as `kakor classify`. */
export function createCatalogSearch(entries: readonly CatalogEntry[]): CatalogSearch {
  const matcher = createMatcher(entries);
  const byName = [...entries].sort((a, b) => a.name.localeCompare(b.name, 'en'));

  return (query, category) => {
    const text = query.trim();
    const lower = text.toLowerCase();
    const best = text === '' ? undefined : matcher.match(text);
    const results: SearchResult[] = [];
    for (const entry of byName) {
      const items = entry.cookies.filter((item) => category === undefined || item.category === category);
      if (category !== undefined && items.length === 0) continue;
      const add = (reason: MatchReason, matched: readonly CookieDefinition[]): void => void results.push({ entry, reason, items: matched });
      if (text === '') {
        add('listed', items);
        continue;
      }
      const named = items.filter((item) => item.name === text || (item.pattern !== undefined && matchesPattern(item.pattern, text)));
      if (named.length > 0) {
        add(best !== undefined && best.entry.id === entry.id && named.includes(best.cookie) ? 'best-match' : 'name-match', named);
      } else if ([entry.name, entry.id, entry.legalName ?? ''].some((field) => field.toLowerCase().includes(lower))) {
        add('vendor', items);
      } else if (items.some((item) => itemKey(item).toLowerCase().includes(lower))) {
        add('partial-name', items.filter((item) => itemKey(item).toLowerCase().includes(lower)));
      } else if (entry.services.some((service) => service.includes(lower))) {
        add('service', items);
      }
    }
    // "stripe" finds Stripe before Silverstripe; otherwise alphabetical within each reason.
    const closeness = (result: SearchResult) => (result.reason === 'vendor' ? vendorCloseness(result.entry, lower) : 0);
    return results.sort((a, b) => reasonOrder.indexOf(a.reason) - reasonOrder.indexOf(b.reason) || closeness(a) - closeness(b));
  };
}
