'use client';
export { ConsentBanner, type ConsentBannerProps, type ConsentChoiceKind } from './consent-banner';
export { ConsentPreferences, type ConsentPreferencesProps } from './consent-preferences';
export { ConsentSettingsButton, type ConsentSettingsButtonProps } from './consent-settings-button';
export { openConsentPreferences } from './open-preferences';
export { type ConsentTexts, type ConsentUiProps } from './texts';
export { consentTextsEn } from './texts/en';
export { consentTextsSv } from './texts/sv';
export { consentTextsNb } from './texts/nb';
