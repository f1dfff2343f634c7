import { gpcDenies } from './decide';
import { needsConsent, type NeedsConsentReason } from './needs-consent';
import { documentCookiePersistence, memoryPersistence, type ChoiceDetails, type ConsentPersistence } from './persistence';
import type { Site } from './site';
import { categoriesFrom, createConsentState, type ConsentState, type OptionalCategory } from './state';

/** What a store holds now. The same object until the next change, as `useSyncExternalStore` needs. */
export interface ConsentSnapshot {
  /** The recorded consent, or `null` when there is none. */
  readonly state: ConsentState | null;
  /** Why the visitor must be asked, or `false`. */
  readonly needsConsent: NeedsConsentReason | false;
  /** Whether a GPC signal is on for this visitor. */
  readonly gpc: boolean;
}

/** A choice made through a store. Categories left out keep their current value. */
export interface ConsentUpdate extends ChoiceDetails {
  /** The changed choices per category. */
  readonly categories?: Partial<Record<OptionalCategory, boolean>>;
  /** Choices per processor id that override their category, merged into the current ones. */
  readonly processors?: Partial<Record<string, boolean>>;
}

/** Options of {@link createConsentStore}. */
export interface ConsentStoreOptions {
  /** A state the server decoded from the request, so the first render agrees with it. */
  readonly initial?: ConsentState | null;
  /** `cookie` (default in browsers: `document.cookie`), `memory`, or your own. */
  readonly persist?: 'cookie' | 'memory' | ConsentPersistence;
  /** Whether GPC is on; by default `navigator.globalPrivacyControl` in browsers. */
  readonly gpc?: boolean;
  /** The clock, in ms since the epoch. */
  readonly now?: () => number;
}

/** Consent state with subscribe/getSnapshot, and one call for each choice a visitor makes. */
export interface ConsentStore {
  /** The site the store decides for. */
  readonly site: Site;
  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  subscribe(listener: () => void): () => void;
  /** What the store holds now: the same object until the next change. */
  getSnapshot(): ConsentSnapshot;
  /** Grants every category, except those a GPC signal denies under the site's policy; `details` (the locale shown) go to the persistence. */
  acceptAll(details?: ChoiceDetails): ConsentState;
  /** Denies every optional category. */
  rejectAll(details?: ChoiceDetails): ConsentState;
  /** Records a choice from a preferences dialog. */
  update(choice: ConsentUpdate): ConsentState;
  /** Withdraws every optional consent in one call: as easy as giving it. */
  withdraw(details?: ChoiceDetails): ConsentState;
  /** Forgets the consent, so the visitor is asked again. */
  reset(): void;
}

function resolvePersistence(persist: ConsentStoreOptions['persist'], initial: ConsentState | null | undefined): ConsentPersistence {
  if (typeof persist === 'object') return persist;
  if (persist === 'memory' || (persist === undefined && typeof document === 'undefined')) return memoryPersistence(initial ?? null);
  return documentCookiePersistence();
}

/**
 * A consent store for a site: the state a banner and the app read and change.
 *
 * @example
 * const store = createConsentStore(site);
 * store.subscribe(() => console.log(store.getSnapshot()));
 * store.acceptAll();
 */
export function createConsentStore(site: Site, options: ConsentStoreOptions = {}): ConsentStore {
  const now = options.now ?? Date.now;
  const persistence = resolvePersistence(options.persist, options.initial);
  const gpc = options.gpc ?? (typeof navigator !== 'undefined' && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true);
  const listeners = new Set<() => void>();
  const snapshotOf = (state: ConsentState | null): ConsentSnapshot => ({ state, needsConsent: needsConsent(site, state, now()), gpc });
  let snapshot = snapshotOf(options.initial !== undefined ? options.initial : persistence.load(site));

  const show = (state: ConsentState | null): void => {
    snapshot = snapshotOf(state);
    for (const listener of [...listeners]) listener();
  };
  const commit = (state: ConsentState | null, details?: ChoiceDetails): void => {
    const kept = details === undefined ? persistence.save(site, state) : persistence.save(site, state, details);
    show(state);
    // Unless the visitor chose again meanwhile, show the keeper's version of this choice.
    void kept?.then((version) => {
      if (version && snapshot.state === state) show(version);
    });
  };
  const record = (categories: Record<OptionalCategory, boolean>, processors: Partial<Record<string, boolean>>, details: ChoiceDetails | undefined): ConsentState => {
    const state = createConsentState(site, { categories, processors, source: 'banner', gpc, now: now() });
    // Only a string: a handler passed straight to onClick receives the click event here.
    commit(state, typeof details?.locale === 'string' ? { locale: details.locale } : undefined);
    return state;
  };
  const all = (value: boolean) => categoriesFrom(() => value);

  return {
    site,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    // "Accept all" is not a grant of what GPC refuses; the preferences dialog can still grant it.
    acceptAll: (details) => record(categoriesFrom((category) => !(gpc && gpcDenies(site, category))), {}, details),
    rejectAll: (details) => record(all(false), {}, details),
    update(choice) {
      const current = snapshot.needsConsent ? undefined : snapshot.state;
      return record({ ...all(false), ...current?.categories, ...choice.categories } as Record<OptionalCategory, boolean>, { ...current?.processors, ...choice.processors }, choice);
    },
    withdraw: (details) => record(all(false), {}, details),
    reset: () => commit(null),
  };
}
