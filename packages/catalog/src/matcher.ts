import { compareMatches } from './compare-matches';
import { bindingFits, domainBinding, lookupDomain, type DomainBinding } from './cookie-domain';
import { literalPrefix, literalSuffix, matchesPattern } from './pattern';
import type { CookieRule } from './rules-types';
import type { CatalogEntry, StorageKind } from './types';

/** What the matcher needs of an entry: a catalog entry, its rules, or any object with an id and cookies. */
export interface MatchableEntry {
  /** The entry's id. */
  readonly id: string;
  /** The cookie and storage items to match names against. */
  readonly cookies: readonly CookieRule[];
}

/** A name's cookie definition and the entry that declares it. */
export interface CookieMatch<Entry extends MatchableEntry = CatalogEntry> {
  /** The processor or technology. */
  readonly entry: Entry;
  /** The cookie or storage item the name matched; its `sharedWith` names the other entries that set it too. */
  readonly cookie: Entry['cookies'][number];
}

/** Options for a lookup by name alone. */
export interface NameMatchOptions {
  /** Only items kept in this storage; by default any, preferring cookies. */
  readonly storage?: StorageKind;
}

/**
 * Classifies names without a domain, as for cookies on a site's own domain: items bound to a
 * vendor's domain under a generic name (`uid`) never answer, and distinctive ones (`IDE`)
 * rank last. Every {@link CookieMatcher} is one; `createNameMatcher` builds the smallest.
 */
export interface NameMatcher<Entry extends MatchableEntry = CatalogEntry> {
  /** The item a name belongs to, as `CookieMatcher.match` answers without a domain; `undefined` when none. */
  match(name: string, options?: NameMatchOptions): CookieMatch<Entry> | undefined;
}

/** Options for one lookup. */
export interface MatchOptions extends NameMatchOptions {
  /**
   * The domain the cookie is set on (`ad.doubleclick.net`, `.example.com`; case and leading dot
   * do not matter). Items bound to a domain then match only cookies on it or its subdomains, and
   * win over unbound items. Without it (or with an empty one), a third-party item bound to a
   * vendor's domain matches only when its name is distinctive (`IDE`), never a generic one
   * (`uid`, `lang`: see `isGenericCookieName`), and ranks after the others.
   */
  readonly domain?: string;
}

/** Classifies cookie and storage key names against a set of catalog entries. */
export interface CookieMatcher<Entry extends MatchableEntry = CatalogEntry> extends NameMatcher<Entry> {
  /**
   * The item a name belongs to: an exact name first, else the most specific pattern, as ordered
   * by `compareMatches`; `undefined` when none. When entries share the item, the one whose id
   * sorts first.
   */
  match(name: string, options?: MatchOptions): CookieMatch<Entry> | undefined;
}

interface Candidate<Entry extends MatchableEntry> extends CookieMatch<Entry> {
  readonly binding: DomainBinding;
}

interface PatternCandidate<Entry extends MatchableEntry> extends Candidate<Entry> {
  readonly pattern: string;
}

/** The candidates for one exact name, in the order for lookups without and with a domain. */
interface NamedCandidates<Entry extends MatchableEntry> {
  readonly withoutDomain: Candidate<Entry>[];
  readonly withDomain: Candidate<Entry>[];
}

interface TrieNode<Entry extends MatchableEntry> {
  readonly children: Map<string, TrieNode<Entry>>;
  readonly candidates: PatternCandidate<Entry>[];
}

const newNode = <Entry extends MatchableEntry>(): TrieNode<Entry> => ({ children: new Map(), candidates: [] });

// Keys are walked by UTF-16 code unit, the same way lookups read names.
function insert<Entry extends MatchableEntry>(root: TrieNode<Entry>, key: string, fromEnd: boolean, candidate: PatternCandidate<Entry>): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const char = key.charAt(fromEnd ? key.length - 1 - i : i);
    let next = node.children.get(char);
    if (!next) {
      next = newNode();
      node.children.set(char, next);
    }
    node = next;
  }
  node.candidates.push(candidate);
}

function storageFits(cookie: CookieRule, storage: StorageKind | undefined): boolean {
  return storage === undefined || cookie.storage === storage;
}


/**
 * Builds a matcher over catalog entries. A lookup walks the name's characters through a
 * prefix tree (and a suffix tree for patterns that start with `*`), so its cost grows with
 * the name's length, not with the number of entries or patterns. Give the cookie's domain
 * (`match('IDE', { domain: '.doubleclick.net' })`) to let items bound to a domain answer.
 *
 * @example
 * import { createMatcher, catalog } from '@kakor/catalog';
 * const matcher = createMatcher(catalog);
 * matcher.match('_pk_id.8506966f')?.entry.id; // 'piwik-pro'
 */
export function createMatcher<Entry extends MatchableEntry>(entries: readonly Entry[]): CookieMatcher<Entry> {
  const exact = new Map<string, NamedCandidates<Entry>>();
  const byPrefix = newNode<Entry>();
  const bySuffix = newNode<Entry>();

  for (const entry of entries) {
    for (const cookie of entry.cookies) {
      const binding = domainBinding(cookie);
      if (cookie.name !== undefined) {
        const named = exact.get(cookie.name) ?? { withoutDomain: [], withDomain: [] };
        named.withoutDomain.push({ entry, cookie, binding });
        exact.set(cookie.name, named);
      } else if (cookie.pattern !== undefined) {
        const candidate = { entry, cookie, binding, pattern: cookie.pattern };
        const prefix = literalPrefix(cookie.pattern);
        if (prefix.length > 0) insert(byPrefix, prefix, false, candidate);
        else insert(bySuffix, literalSuffix(cookie.pattern), true, candidate);
      }
    }
  }

  // Best first, so a lookup takes the first that fits the storage and domain asked for.
  for (const [name, named] of exact) {
    named.withoutDomain.sort((a, b) => compareMatches(a, b, false));
    if (named.withoutDomain.length > 1) exact.set(name, { withoutDomain: named.withoutDomain, withDomain: [...named.withoutDomain].sort((a, b) => compareMatches(a, b, true)) });
    else exact.set(name, { withoutDomain: named.withoutDomain, withDomain: named.withoutDomain });
  }

  function bestPattern(name: string, storage: StorageKind | undefined, domain: string | undefined): PatternCandidate<Entry> | undefined {
    let best: PatternCandidate<Entry> | undefined;
    const withDomain = domain !== undefined;
    const consider = (node: TrieNode<Entry>): void => {
      for (const candidate of node.candidates) {
        if (!storageFits(candidate.cookie, storage) || !bindingFits(candidate.binding, domain) || !matchesPattern(candidate.pattern, name)) continue;
        if (!best || compareMatches(candidate, best, withDomain) < 0) best = candidate;
      }
    };
    let node: TrieNode<Entry> | undefined = byPrefix;
    for (let i = 0; node && i < name.length; i++) {
      node = node.children.get(name.charAt(i));
      if (node) consider(node);
    }
    node = bySuffix;
    for (let i = name.length - 1; node && i >= 0; i--) {
      node = node.children.get(name.charAt(i));
      if (node) consider(node);
    }
    return best;
  }

  return {
    match(name, options) {
      const storage = options?.storage;
      const domain = lookupDomain(options);
      const named = exact.get(name);
      const list = domain === undefined ? named?.withoutDomain : named?.withDomain;
      const exactMatch = list?.find((m) => storageFits(m.cookie, storage) && bindingFits(m.binding, domain));
      const best = exactMatch ?? bestPattern(name, storage, domain);
      return best ? { entry: best.entry, cookie: best.cookie } : undefined;
    },
  };
}
