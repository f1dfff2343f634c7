import type { Category } from './types';

/** The consent categories, from least to most invasive. */
export const categories: readonly Category[] = ['necessary', 'preferences', 'analytics', 'marketing'];

/** A Google Consent Mode v2 storage or data signal. */
export type GoogleConsentSignal =
  | 'security_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'analytics_storage'
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization';

/** Which Google Consent Mode v2 signals each category grants. */
export const googleConsentSignals: Readonly<Record<Category, readonly GoogleConsentSignal[]>> = {
  necessary: ['security_storage'],
  preferences: ['functionality_storage', 'personalization_storage'],
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};
