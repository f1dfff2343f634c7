/** A consent category. `necessary` is always allowed; the others need the visitor's consent. */
export type Category = 'necessary' | 'preferences' | 'analytics' | 'marketing';

/** Whether an item is set on the site's own domain (`first`) or on the vendor's (`third`). */
export type Party = 'first' | 'third';

/** Where an item lives in the browser. `pixel` is a request-only tracker that stores nothing. */
export type StorageKind = 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB' | 'pixel';

/** `session`, `persistent` (no fixed end, as for localStorage), or an ISO 8601 duration such as `P13M` or `PT30M`. */
export type Duration = 'session' | 'persistent' | `P${string}`;

/** `processor`: a company that processes visitors' data. `technology`: software that runs on the site's own domain. */
export type EntryKind = 'processor' | 'technology';

/** What a processor or technology does for a site. */
export type Service =
  | 'analytics'
  | 'advertising'
  | 'crm'
  | 'email'
  | 'sms'
  | 'support-chat'
  | 'payments'
  | 'fraud-prevention'
  | 'hosting'
  | 'storage'
  | 'cdn-security'
  | 'error-tracking'
  | 'session-replay'
  | 'authentication'
  | 'tag-management'
  | 'consent-management'
  | 'video'
  | 'maps'
  | 'social-media'
  | 'ab-testing'
  | 'marketing-automation'
  | 'billing'
  | 'collaboration'
  | 'framework'
  | 'realtime'
  | 'localization';

/** The legal ground for moving personal data out of the EEA. */
export type TransferSafeguard = 'adequacy-decision' | 'eu-us-dpf' | 'sccs' | 'bcrs';

/** A kind of personal data a processor receives. */
export type DataCategory =
  | 'name'
  | 'email'
  | 'phone'
  | 'postal-address'
  | 'national-id'
  | 'online-identifiers'
  | 'ip-address'
  | 'device-information'
  | 'usage-data'
  | 'location'
  | 'payment-data'
  | 'billing-data'
  | 'message-content'
  | 'account-data'
  | 'customer-data';

/** A text in English, with Swedish and Norwegian Bokmål where the catalog has them. */
export interface LocalizedText {
  /** English: always present. */
  readonly en: string;
  /** Swedish. */
  readonly sv?: string;
  /** Norwegian Bokmål. */
  readonly nb?: string;
}

/** A page a catalog entry's facts were checked against. */
export interface Source {
  /** The vendor's page (https). */
  readonly url: string;
  /** The day it was read, `YYYY-MM-DD`. */
  readonly checked: string;
}

/** A cookie or storage item. Exactly one of `name` and `pattern` is set. */
export interface CookieDefinition {
  /** The exact name, compared case-sensitively. */
  readonly name?: string;
  /** A wildcard pattern where `*` stands for any run of characters, e.g. `_pk_id.*`. */
  readonly pattern?: string;
  /** The consent category the item needs. */
  readonly category: Category;
  /** What the item is for. */
  readonly purpose: LocalizedText;
  /** How long the item lives by the vendor's default. */
  readonly duration: Duration;
  /** First or third party. */
  readonly party: Party;
  /** Where the item lives. */
  readonly storage: StorageKind;
  /** The domain it is set on, when the catalog knows it (e.g. `.stripe.com`). */
  readonly domain?: string;
  /** The path it is set on, when not `/`. */
  readonly path?: string;
  /**
   * The ids of other entries that set the very same name or pattern (Matomo and its fork
   * Piwik PRO both set `_pk_id.*`); each of them lists this entry back.
   */
  readonly sharedWith?: readonly string[];
  /** Facts of this item not yet confirmed from the vendor's own material (docs, cookie table, SDK source). */
  readonly unconfirmed?: readonly CookieFact[];
}

/** A fact of a cookie or storage item whose confirmation the catalog tracks. */
export type CookieFact = 'name' | 'pattern' | 'category' | 'duration' | 'party' | 'storage' | 'domain' | 'path';
/** A fact of an entry whose confirmation the catalog tracks. */
export type EntryFact = 'legalName' | 'website' | 'headquarters' | 'processing' | 'dataCategories' | 'privacyPolicy' | 'dpa';

/** Where a processor processes data, and on what ground data leaves the EEA. */
export interface Processing {
  /** ISO 3166-1 alpha-2 codes, or `EU` / `EEA`. */
  readonly locations: readonly string[];
  /** Required when a location is outside the EEA. */
  readonly transferSafeguards?: readonly TransferSafeguard[];
}

/** A processor or technology and the cookies and storage items it sets. */
export interface CatalogEntry<Id extends string = string> {
  /** Kebab-case id, equal to the YAML file's name. */
  readonly id: Id;
  /** The name people know it by. */
  readonly name: string;
  /** The contracting legal entity (processors). */
  readonly legalName?: string;
  /** The vendor's or project's website. */
  readonly website: string;
  /** ISO 3166-1 alpha-2 code of the head office (processors). */
  readonly headquarters?: string;
  /** Processor or technology. */
  readonly kind: EntryKind;
  /** What it does for a site. */
  readonly services: readonly Service[];
  /** Where data is processed (processors). */
  readonly processing?: Processing;
  /** The personal data it receives. */
  readonly dataCategories: readonly DataCategory[];
  /** The vendor's privacy policy. */
  readonly privacyPolicy?: string;
  /** The vendor's data processing agreement. */
  readonly dpa?: string;
  /** What it is, in a sentence or two. */
  readonly description: LocalizedText;
  /** Pages its facts were checked against. */
  readonly sources: readonly Source[];
  /** Facts of this entry not yet confirmed from the vendor's own material. */
  readonly unconfirmed?: readonly EntryFact[];
  /** The cookies and storage items it sets. */
  readonly cookies: readonly CookieDefinition[];
}
