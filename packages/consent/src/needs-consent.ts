import type { Site } from './site';
import type { ConsentState } from './state';

/** Why the visitor must be asked: no consent, a lapsed one, or one given before the site changed. */
export type NeedsConsentReason = 'no-consent' | 'expired' | 'changed';

/**
 * Whether to ask the visitor (again), and why; `false` when the consent holds.
 *
 * @example
 * if (needsConsent(site, state)) showBanner();
 */
export function needsConsent(site: Site, state: ConsentState | null | undefined, now: number = Date.now()): NeedsConsentReason | false {
  if (!state) return 'no-consent';
  if (!(now < state.expiresAt)) return 'expired';
  if (state.fingerprint !== site.fingerprint) return 'changed';
  return false;
}
