import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ConsentSnapshot, ConsentStore, Site } from '@kakor/consent';

/** What a {@link ConsentProvider} gives the hooks below it. */
export interface ConsentContextValue {
  readonly site: Site;
  readonly store: ConsentStore;
  /** What the server rendered with, so hydration sees the same consent. */
  readonly serverSnapshot: ConsentSnapshot;
  /** Whether the server knew the visitor's consent (`initialConsent` was given), so its render can show consent UI. */
  readonly serverKnowsConsent: boolean;
}

export const ConsentContext = createContext<ConsentContextValue | null>(null);

/** The provider's value; throws a clear error outside a provider. */
export function useConsentContext(hook: string): ConsentContextValue {
  const value = useContext(ConsentContext);
  if (!value) throw new Error(`${hook} must be used inside <ConsentProvider site={…}>.`);
  return value;
}

/** The store's current snapshot, re-rendering on every change. */
export function useConsentSnapshot(hook: string): { readonly context: ConsentContextValue; readonly snapshot: ConsentSnapshot } {
  const context = useConsentContext(hook);
  const snapshot = useSyncExternalStore(context.store.subscribe, context.store.getSnapshot, () => context.serverSnapshot);
  return { context, snapshot };
}
