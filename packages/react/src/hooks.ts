import { useMemo } from 'react';
import { decide, type ChoiceDetails, type ConsentSnapshot, type ConsentState, type ConsentUpdate, type Site } from '@kakor/consent';
import type { Category, ProcessorId, StorageKind } from '@kakor/catalog';
import { useConsentSnapshot } from './context';
import { useRequirement } from './requirement';

/** What {@link useConsent} returns: the snapshot and one call per choice. */
export interface UseConsentResult extends ConsentSnapshot {
  /** The provider's site. */
  readonly site: Site;
  /** Grants every category, except those a GPC signal denies under the site's policy; pass `{ locale }` to say which language the choice was shown in. */
  acceptAll(details?: ChoiceDetails): ConsentState;
  /** Denies every optional category. */
  rejectAll(details?: ChoiceDetails): ConsentState;
  /** Records a choice from a preferences dialog; categories left out keep their value. */
  update(choice: ConsentUpdate): ConsentState;
  /** Withdraws every optional consent in one call. */
  withdraw(details?: ChoiceDetails): ConsentState;
  /** Forgets the consent, so the visitor is asked again. */
  reset(): void;
}

/**
 * The visitor's consent, whether to ask (`needsConsent`), and the calls a banner needs.
 *
 * @example
 * const { needsConsent, acceptAll, rejectAll } = useConsent();
 * if (needsConsent) return <Banner onAccept={acceptAll} onReject={rejectAll} />;
 */
export function useConsent(): UseConsentResult {
  const { context, snapshot } = useConsentSnapshot('useConsent');
  const { store, site } = context;
  return useMemo(
    () => ({
      site,
      state: snapshot.state,
      needsConsent: snapshot.needsConsent,
      gpc: snapshot.gpc,
      acceptAll: store.acceptAll,
      rejectAll: store.rejectAll,
      update: store.update,
      withdraw: store.withdraw,
      reset: store.reset,
    }),
    [site, store, snapshot],
  );
}

/**
 * Whether a category is allowed now (granted, current, and not overruled by GPC).
 *
 * @example
 * const analytics = useCategory('analytics');
 */
export function useCategory(category: Category): boolean {
  return useRequirement({ category }, 'useCategory');
}

/**
 * Whether a processor may run now: every category its cookies and storage need is allowed for
 * it (a per-processor choice overrides its categories). A processor the site does not declare
 * is never allowed. The id is checked by the compiler against the catalog.
 *
 * @example
 * const youtube = useProcessor('youtube');
 */
export function useProcessor(id: ProcessorId): boolean {
  return useRequirement({ processor: id }, 'useProcessor');
}

/**
 * Whether a cookie or storage item may be set now, as the server middleware would decide.
 *
 * @example
 * const canRemember = useCookieAllowed('theme', 'localStorage');
 */
export function useCookieAllowed(name: string, storage?: StorageKind): boolean {
  const { context, snapshot } = useConsentSnapshot('useCookieAllowed');
  return decide(context.site, snapshot.state, name, storage === undefined ? { gpc: snapshot.gpc } : { gpc: snapshot.gpc, storage }).allowed;
}
