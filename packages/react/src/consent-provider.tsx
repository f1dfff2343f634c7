import { useEffect, useState, type ReactNode } from 'react';
import { createConsentStore, needsConsent, type ConsentPersistence, type ConsentState, type ConsentStore, type DecideOptions, type Site } from '@kakor/consent';
import { ConsentContext, type ConsentContextValue } from './context';

/** Props of {@link ConsentProvider}. */
export interface ConsentProviderProps {
  /** The site definition from `defineSite`. */
  readonly site: Site;
  /**
   * The consent the server decoded from the request (`req.consent.state` with @kakor/node),
   * so the server render and the first client render agree. Leave it out in a client-only
   * app: the provider then reads the consent cookie itself.
   */
  readonly initialConsent?: ConsentState | null;
  /** Whether GPC is on; by default the server's `Sec-GPC` is unknown and the browser's `navigator.globalPrivacyControl` is read. */
  readonly gpc?: boolean;
  /** Where consent is kept: the consent cookie (default in browsers), `memory`, or your own. */
  readonly persist?: 'cookie' | 'memory' | ConsentPersistence;
  /**
   * Called on mount and after every change with the current consent: pass
   * `clearBrowserStorage` from `@kakor/consent` so a withdrawal or rejection removes the
   * first-party cookies and storage keys it no longer allows. A prop rather than built in, so
   * apps whose server clears cookies (with `@kakor/node`) and that keep nothing in storage do
   * not ship it.
   */
  readonly clear?: (site: Site, state: ConsentState | null, options: DecideOptions) => unknown;
  /** Use this store instead of creating one, e.g. to share it with code outside React. */
  readonly store?: ConsentStore;
  /** The app: every consent hook below reads this provider's store. */
  readonly children?: ReactNode;
}

function createContextValue(props: ConsentProviderProps): ConsentContextValue {
  const { site, initialConsent, gpc, persist } = props;
  const store = props.store ?? createConsentStore(site, { initial: initialConsent, gpc, persist });
  const serverSnapshot =
    initialConsent !== undefined || typeof document === 'undefined'
      ? store.getSnapshot()
      : { state: initialConsent ?? null, needsConsent: needsConsent(site, null), gpc: gpc ?? false };
  return { site, store, serverSnapshot, serverKnowsConsent: initialConsent !== undefined };
}

/**
 * Gives the consent hooks below it one store for a site. Headless: it renders only its children.
 *
 * @example
 * import { clearBrowserStorage } from '@kakor/consent';
 *
 * <ConsentProvider site={site} initialConsent={consentFromServer} clear={clearBrowserStorage}>
 *   <App />
 * </ConsentProvider>
 */
export function ConsentProvider(props: ConsentProviderProps): ReactNode {
  const [value] = useState(() => createContextValue(props));
  const { site, store } = value;
  const [clear] = useState(() => props.clear);
  useEffect(() => {
    if (!clear) return undefined;
    const run = () => {
      const { state, gpc } = store.getSnapshot();
      clear(site, state, { gpc });
    };
    run();
    return store.subscribe(run);
  }, [site, store, clear]);
  return <ConsentContext.Provider value={value}>{props.children}</ConsentContext.Provider>;
}
