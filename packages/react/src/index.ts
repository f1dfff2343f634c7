export { ConsentProvider, type ConsentProviderProps } from './consent-provider';
export { useCategory, useConsent, useCookieAllowed, useProcessor, type UseConsentResult } from './hooks';
export { useCookiePolicy } from './use-cookie-policy';
export { ConsentGate, type ConsentGateProps } from './consent-gate';
export type { ConsentRequirement } from './requirement';
export { ConsentScript, useConsentEffect, type ConsentScriptProps } from './consent-script';
export { useGoogleConsentMode, type GoogleConsentModeOptions, type Gtag } from './google-consent-mode';
export { useConsentReceipt, type ConsentReceipt } from './use-consent-receipt';
