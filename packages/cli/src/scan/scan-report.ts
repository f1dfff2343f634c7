import type { Category } from '@kakor/catalog';
import type { OptionalCategory } from '@kakor/consent';

/** The consent states a scan can visit a site in. */
export type ScanStateName = 'first-visit' | 'reject' | 'accept';

/** Where a recorded item lives. */
export type ScannedStorage = 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB';

/** Who set an item. */
export interface Setter {
  /** `set-cookie`: a response header; `script`: a script's `document.cookie`, storage or IndexedDB call. */
  readonly via: 'set-cookie' | 'script';
  /** The response URL, or the script's URL (the page's own URL for an inline script); absent when no stack named one. */
  readonly url?: string;
}

/** What the catalog (and the site definition) say about an item. */
export interface ItemClassification {
  /** Whether the catalog knows the name. */
  readonly known: boolean;
  /** The catalog entry's id. */
  readonly entry?: string;
  /** The catalog entry's display name. */
  readonly entryName?: string;
  /** The category: the site's declaration first, else the catalog's. */
  readonly category?: Category;
  /** Whether the site definition declares it (`undefined` without `--site`). */
  readonly declared?: boolean;
}

/** A cookie or storage key present after a page of the crawl. */
export interface ScannedItem {
  /** Where it lives. */
  readonly storage: ScannedStorage;
  /** The cookie name, storage key or database name. */
  readonly name: string;
  /** The cookie's domain (a leading dot for a domain cookie), or the storage's origin host. */
  readonly domain: string;
  /** The storage's origin (`https://host:port`); absent for cookies. */
  readonly origin?: string;
  /** The cookie's path. */
  readonly path?: string;
  /** When the cookie expires, as an ISO time; `null` for a session cookie; absent for storage. */
  readonly expires?: string | null;
  /** Whether the cookie is HttpOnly. */
  readonly httpOnly?: boolean;
  /** Whether the cookie is Secure. */
  readonly secure?: boolean;
  /** The cookie's SameSite. */
  readonly sameSite?: 'Strict' | 'Lax' | 'None';
  /** First party: the site's registrable domain (or host, for an IP address or `localhost`); else third. */
  readonly party: 'first' | 'third';
  /** The first page after which it was present. */
  readonly firstSeenOn: string;
  /** Who set it; empty when the scan saw no write (e.g. set before the scan's page opened, or by a worker). */
  readonly setBy: readonly Setter[];
  /** What the catalog and the site say about it. */
  readonly classification: ItemClassification;
}

/** A page the crawl visited. */
export interface ScannedPage {
  /** The URL asked for. */
  readonly url: string;
  /** The HTTP status of the document, when it answered. */
  readonly status?: number;
  /** Why the page was not fully recorded: not loaded, or did not go idle in time (then what was present was recorded). */
  readonly problem?: string;
}

/** A finding against the site definition or the consent. */
export interface Finding {
  /** `undeclared`: seen, not declared; `violation`: present without a consent that allows its category; `not-seen`: declared, never seen (informational). */
  readonly kind: 'undeclared' | 'violation' | 'not-seen';
  /** The state it was found in; absent for `not-seen`, which spans all states. */
  readonly state?: ScanStateName;
  /** The name (or a declared pattern, for `not-seen`). */
  readonly name: string;
  /** Where it lives. */
  readonly storage: ScannedStorage | 'pixel';
  /** Its domain, for seen items. */
  readonly domain?: string;
  /** The category, when the site or the catalog gives one. */
  readonly category?: Category;
  /** Who set it, for seen items. */
  readonly setBy?: readonly Setter[];
  /** One sentence for people. */
  readonly message: string;
}

/** What one consent state saw. */
export interface StateReport {
  /** The state. */
  readonly state: ScanStateName;
  /** How the choice was made: none (first visit), Kakor's endpoint, or clicking `--accept-selector`. */
  readonly via: 'none' | 'endpoint' | 'selector';
  /** The categories chosen; `null` on a first visit. */
  readonly consent: Readonly<Record<OptionalCategory, boolean>> | null;
  /** The pages visited, in order. */
  readonly pages: readonly ScannedPage[];
  /** Everything present, cookies first, sorted by name. */
  readonly items: readonly ScannedItem[];
}

/** A state that was asked for and could not be visited, and why. */
export interface SkippedState {
  /** The state. */
  readonly state: ScanStateName;
  /** Why. */
  readonly reason: string;
}

/** An item the catalog does not know: the lead a contributor needs for a new entry. */
export interface UnknownItem {
  /** The name. */
  readonly name: string;
  /** Where it lives. */
  readonly storage: ScannedStorage;
  /** Its domain. */
  readonly domain: string;
  /** Who set it. */
  readonly setBy: readonly Setter[];
  /** The states it was seen in. */
  readonly states: readonly ScanStateName[];
}

/**
 * The JSON report of `kakor scan --format json`, version 1. Fields may be added in a
 * minor release; renaming or removing one bumps `schemaVersion`.
 */
export interface ScanReport {
  /** The report format's version: 1. */
  readonly schemaVersion: 1;
  /** The tool that wrote it. */
  readonly tool: {
    /** Always `kakor`. */
    readonly name: 'kakor';
    /** The version of `@kakor/cli`. */
    readonly version: string;
  };
  /** The start URL. */
  readonly url: string;
  /** The site's registrable domain (or host), which decides first and third party. */
  readonly siteDomain: string;
  /** When the scan started and finished, ISO times. */
  readonly startedAt: string;
  /** When the scan finished. */
  readonly finishedAt: string;
  /** Whether the site answers on Kakor's consent endpoint, and where. */
  readonly kakorEndpoint: string | null;
  /** The site definition compared with, as given to `--site`; `null` without one. */
  readonly siteFile: string | null;
  /** Each state visited. */
  readonly states: readonly StateReport[];
  /** States asked for but not visited. */
  readonly skippedStates: readonly SkippedState[];
  /** Undeclared items, violations and declared items never seen. */
  readonly findings: readonly Finding[];
  /** Items the catalog does not know, across states. */
  readonly unknown: readonly UnknownItem[];
}
