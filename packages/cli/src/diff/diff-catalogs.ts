import type { CatalogEntry, CookieDefinition } from '@kakor/catalog';
import { isDeepStrictEqual } from 'node:util';

/** One field that differs, e.g. `duration` from `P13M` to `P12M`. */
export interface FieldChange {
  /** The field, with the locale for texts: `category`, `purpose.sv`, `description.en`. */
  readonly field: string;
  /** The earlier value; `null` when the field was absent. */
  readonly before: unknown;
  /** The later value; `null` when the field is gone. */
  readonly after: unknown;
}

/** A cookie or storage item, briefly. */
export interface ItemSummary {
  /** The exact name or the pattern. */
  readonly name: string;
  /** Whether `name` is a pattern. */
  readonly isPattern: boolean;
  /** Where it lives: `cookie`, `localStorage`, … */
  readonly storage: string;
  /** Its consent category. */
  readonly category: string;
}

/** An item whose fields changed. */
export interface ItemChange {
  /** The item as it is now. */
  readonly item: ItemSummary;
  /** The fields that differ. */
  readonly changes: readonly FieldChange[];
}

/** An entry, briefly, with its items. */
export interface EntrySummary {
  /** The entry's id. */
  readonly id: string;
  /** The name people know it by. */
  readonly name: string;
  /** Its cookie and storage items. */
  readonly items: readonly ItemSummary[];
}

/** An entry found in both catalogs that differs. */
export interface EntryChange {
  /** The entry's id. */
  readonly id: string;
  /** The entry's name as it is now. */
  readonly name: string;
  /** Changed entry fields (name, processing, description.sv, sources, …). */
  readonly changes: readonly FieldChange[];
  /** Items only the later catalog has. */
  readonly addedItems: readonly ItemSummary[];
  /** Items only the earlier catalog has. */
  readonly removedItems: readonly ItemSummary[];
  /** Items in both whose fields differ. */
  readonly changedItems: readonly ItemChange[];
}

/** What changed from one catalog to the next, entries in id order. */
export interface CatalogDiff {
  /** Entries only the later catalog has. */
  readonly addedEntries: readonly EntrySummary[];
  /** Entries only the earlier catalog has. */
  readonly removedEntries: readonly EntrySummary[];
  /** Entries in both that differ. */
  readonly changedEntries: readonly EntryChange[];
}

const itemFields = ['category', 'duration', 'party', 'storage', 'domain', 'path', 'purpose', 'sharedWith'] as const;

function summarizeItem(cookie: CookieDefinition): ItemSummary {
  return { name: cookie.name ?? cookie.pattern ?? '', isPattern: cookie.name === undefined, storage: cookie.storage, category: cookie.category };
}

const summarizeEntry = (entry: CatalogEntry): EntrySummary => ({ id: entry.id, name: entry.name, items: entry.cookies.map(summarizeItem) });

const isPlainObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

// Mappings are compared key by key, so a new Swedish purpose reads as `purpose.sv` and a new
// place of processing as `processing.locations`.
function compareFields(before: object, after: object, fields: readonly string[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const a = (before as Record<string, unknown>)[field];
    const b = (after as Record<string, unknown>)[field];
    if (isDeepStrictEqual(a, b)) continue;
    if (isPlainObject(a) && isPlainObject(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
      changes.push(...compareFields(a, b, keys).map((change) => ({ ...change, field: `${field}.${change.field}` })));
    } else {
      changes.push({ field, before: a ?? null, after: b ?? null });
    }
  }
  return changes;
}

const itemKey = (cookie: CookieDefinition): string => `${cookie.name === undefined ? 'pattern' : 'name'}\u0000${cookie.name ?? cookie.pattern ?? ''}`;

// Items pair up by name (or pattern) and storage; an item still alone on both sides with the
// same name then pairs across storages, so a move from cookie to localStorage reads as a change.
function pairItems(before: readonly CookieDefinition[], after: readonly CookieDefinition[]) {
  const unpaired = [...before];
  const takeOld = (cookie: CookieDefinition, sameStorage: boolean): CookieDefinition | undefined => {
    const index = unpaired.findIndex((old) => itemKey(old) === itemKey(cookie) && (!sameStorage || old.storage === cookie.storage));
    return index === -1 ? undefined : unpaired.splice(index, 1)[0];
  };
  const pairs: [CookieDefinition, CookieDefinition][] = [];
  const pairWith = (sameStorage: boolean) => (cookie: CookieDefinition): CookieDefinition[] => {
    const old = takeOld(cookie, sameStorage);
    if (!old) return [cookie];
    pairs.push([old, cookie]);
    return [];
  };
  const added = after.flatMap(pairWith(true)).flatMap(pairWith(false));
  return { pairs, added, removed: unpaired };
}

function diffEntry(before: CatalogEntry, after: CatalogEntry): EntryChange | undefined {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => field !== 'id' && field !== 'cookies');
  const changes = compareFields(before, after, fields);
  const { pairs, added, removed } = pairItems(before.cookies, after.cookies);
  const changedItems = pairs.flatMap(([old, now]) => {
    const itemChanges = compareFields(old, now, itemFields);
    return itemChanges.length > 0 ? [{ item: summarizeItem(now), changes: itemChanges }] : [];
  });
  if (changes.length === 0 && added.length === 0 && removed.length === 0 && changedItems.length === 0) return undefined;
  return { id: after.id, name: after.name, changes, addedItems: added.map(summarizeItem), removedItems: removed.map(summarizeItem), changedItems };
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Compares two catalogs: entries added and removed, and per entry the fields and items that changed. */
export function diffCatalogs(before: readonly CatalogEntry[], after: readonly CatalogEntry[]): CatalogDiff {
  const oldById = new Map(before.map((entry) => [entry.id, entry]));
  const newIds = new Set(after.map((entry) => entry.id));
  const changedEntries: EntryChange[] = [];
  for (const entry of after) {
    const old = oldById.get(entry.id);
    const change = old && diffEntry(old, entry);
    if (change) changedEntries.push(change);
  }
  return {
    addedEntries: after.filter((entry) => !oldById.has(entry.id)).map(summarizeEntry).sort(byId),
    removedEntries: before.filter((entry) => !newIds.has(entry.id)).map(summarizeEntry).sort(byId),
    changedEntries: changedEntries.sort(byId),
  };
}
