import { createConsentState, optionalCategories, type ConsentState } from '../state';
import type { Site } from '../site';

/**
 * A Kakor consent state from another tool's choice, so `decide`, `toGoogleConsentMode` and
 * `clearBrowserStorage` work beside it: the Kakor categories named in `accepted` are granted,
 * every other optional category is denied. Per-processor choices (e.g. Klaro's per-service
 * consents, keyed by processor id) override their category.
 *
 * @example
 * import * as CookieConsent from 'vanilla-cookieconsent';
 * const state = consentFromCategories(site, CookieConsent.getUserPreferences().acceptedCategories);
 * clearBrowserStorage(site, state); // the localStorage keys vanilla-cookieconsent cannot clear
 */
export function consentFromCategories(site: Site, accepted: Iterable<string>, processors: Readonly<Partial<Record<string, boolean>>> = {}): ConsentState {
  const granted = new Set(accepted);
  const categories = Object.fromEntries(optionalCategories.map((category) => [category, granted.has(category)]));
  return createConsentState(site, { categories, processors });
}
