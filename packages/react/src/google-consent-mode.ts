import { useEffect, useState } from 'react';
import { toGoogleConsentMode, type ConsentSnapshot, type Site } from '@kakor/consent';
import { useConsentContext } from './context';

/** The `gtag` function, or a stand-in with its signature. */
export type Gtag = (command: 'consent', action: 'default' | 'update', signals: Record<string, string | number>) => void;

/** Options of {@link useGoogleConsentMode}. */
export interface GoogleConsentModeOptions {
  /** The function to call; `window.gtag`, or a push onto `window.dataLayer`, by default. */
  readonly gtag?: Gtag;
  /** Milliseconds Google tags wait for an update after the default (`wait_for_update`). */
  readonly waitForUpdate?: number;
}

interface GtagWindow {
  gtag?: Gtag;
  dataLayer?: unknown[];
}

function pageGtag(): Gtag {
  const page = window as unknown as GtagWindow;
  if (typeof page.gtag === 'function') return page.gtag;
  page.dataLayer ??= [];
  const dataLayer = page.dataLayer;
  // Google's tags read the arguments object itself from the data layer, not an array copy.
  return function gtag() {
    // eslint-disable-next-line prefer-rest-params
    dataLayer.push(arguments);
  };
}

/** Sends the `default` command now and an `update` on every later change; returns the unsubscribe. */
export function sendGoogleConsentMode(
  site: Site,
  store: { getSnapshot(): ConsentSnapshot; subscribe(listener: () => void): () => void },
  options: GoogleConsentModeOptions,
): () => void {
  const gtag = options.gtag ?? pageGtag();
  const signals = () => {
    const { state, gpc } = store.getSnapshot();
    return toGoogleConsentMode(site, state, { gpc });
  };
  const defaults: Record<string, string | number> = signals();
  if (options.waitForUpdate !== undefined) defaults.wait_for_update = options.waitForUpdate;
  gtag('consent', 'default', defaults);
  return store.subscribe(() => gtag('consent', 'update', signals()));
}

/**
 * Sends Google Consent Mode v2 signals for the provider's consent: `default` when the calling
 * component mounts, `update` on every change (accept, reject, withdraw, expiry on reload).
 * Call it once, near the root, inside the provider. Options are read on mount.
 *
 * @example
 * function Analytics() {
 *   useGoogleConsentMode({ waitForUpdate: 500 });
 *   return <ConsentScript category="analytics" src="https://www.googletagmanager.com/gtag/js?id=G-XXXX" />;
 * }
 */
export function useGoogleConsentMode(options: GoogleConsentModeOptions = {}): void {
  const { site, store } = useConsentContext('useGoogleConsentMode');
  const [initial] = useState(options);
  useEffect(() => sendGoogleConsentMode(site, store, initial), [site, store, initial]);
}
