import type { Category } from '@kakor/catalog';
import { base64url } from './base64url';
import type { Site } from './site';

/** The categories a visitor chooses; `necessary` is always on. */
export type OptionalCategory = Exclude<Category, 'necessary'>;

/** Where a consent came from. */
export type ConsentSource = 'banner' | 'api' | 'gpc' | 'default';

/** A visitor's consent: what they chose, when, and under which site fingerprint. */
export interface ConsentState {
  /** A random id, so the site can prove this consent later. */
  readonly id: string;
  /** The visitor's choice per category. */
  readonly categories: Readonly<Record<OptionalCategory, boolean>>;
  /** Choices per processor id that override their category. */
  readonly processors: Readonly<Partial<Record<string, boolean>>>;
  /** When it was given, in ms since the epoch. */
  readonly givenAt: number;
  /** When it lapses, in ms since the epoch. */
  readonly expiresAt: number;
  /** The site fingerprint it was given under. */
  readonly fingerprint: string;
  /** Whether Global Privacy Control was on when it was given. */
  readonly gpc: boolean;
  /** Banner, API, GPC or a default. */
  readonly source: ConsentSource;
}

/** A choice to record. Missing categories are denied. */
export interface ConsentChoice {
  /** The visitor's choice per category; those left out are denied. */
  readonly categories?: Partial<Record<OptionalCategory, boolean>>;
  /** Choices per processor id that override their category; ids the site does not use are dropped. */
  readonly processors?: Partial<Record<string, boolean>>;
  /** Where the choice came from; `api` by default. */
  readonly source?: ConsentSource;
  /** Whether Global Privacy Control was on; off by default. */
  readonly gpc?: boolean;
  /** When it was given, in ms since the epoch; `Date.now()` by default. */
  readonly now?: number;
  /** The id of the consent this choice changes, so its history stays under one id; a new random id by default. */
  readonly id?: string;
}

/**
 * The categories a visitor can choose, in order.
 *
 * @example
 * for (const category of optionalCategories) renderToggle(category);
 */
export const optionalCategories: readonly OptionalCategory[] = ['preferences', 'analytics', 'marketing'];

/**
 * A choice for every optional category from one rule.
 *
 * @example
 * categoriesFrom(() => true); // { preferences: true, analytics: true, marketing: true }
 */
export function categoriesFrom(rule: (category: OptionalCategory, index: number) => boolean): Record<OptionalCategory, boolean> {
  return Object.fromEntries(optionalCategories.map((category, index) => [category, rule(category, index)])) as Record<OptionalCategory, boolean>;
}

/**
 * A random id: 16 bytes from WebCrypto as base64url.
 *
 * @example
 * randomConsentId(); // 'PIPKUYpWvOrrNXKsP5G9Fg'
 */
export function randomConsentId(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(16)));
}

/**
 * A new consent state for a site from a visitor's choice. Per-processor choices are kept
 * only for processors the site declares.
 *
 * @example
 * const state = createConsentState(site, { categories: { analytics: true }, source: 'banner' });
 */
export function createConsentState(site: Site, choice: ConsentChoice = {}): ConsentState {
  const now = choice.now ?? Date.now();
  const known = new Set(site.processors.map((entry) => entry.id));
  return {
    id: choice.id ?? randomConsentId(),
    categories: categoriesFrom((category) => choice.categories?.[category] === true),
    processors: Object.fromEntries(Object.entries(choice.processors ?? {}).filter(([id, value]) => known.has(id) && typeof value === 'boolean')),
    givenAt: now,
    expiresAt: now + site.maxAgeMs,
    fingerprint: site.fingerprint,
    gpc: choice.gpc === true,
    source: choice.source ?? 'api',
  };
}
