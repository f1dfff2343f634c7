import { googleConsentSignals, type GoogleConsentSignal } from '@kakor/catalog';
import { categoryDecision, type DecideOptions } from './decide';
import type { Site } from './site';
import { optionalCategories, type ConsentState } from './state';

/** Google Consent Mode v2's seven signals. */
export type GoogleConsentMode = Record<GoogleConsentSignal, 'granted' | 'denied'>;

/**
 * The Consent Mode v2 signals for a consent: each category's signals are granted when
 * {@link decide} would allow that category (so expiry, site changes and GPC count).
 *
 * @example
 * gtag('consent', 'update', toGoogleConsentMode(site, state));
 */
export function toGoogleConsentMode(site: Site, state: ConsentState | null | undefined, options: DecideOptions = {}): GoogleConsentMode {
  const signals = {} as GoogleConsentMode;
  for (const signal of googleConsentSignals.necessary) signals[signal] = 'granted';
  for (const category of optionalCategories) {
    const granted = categoryDecision(site, state, category, undefined, options).allowed;
    for (const signal of googleConsentSignals[category]) signals[signal] = granted ? 'granted' : 'denied';
  }
  return signals;
}
