export { defineSite, type GpcPolicy, type Site, type SiteOptions } from './site';
export { createConsentState, optionalCategories, randomConsentId, type ConsentChoice, type ConsentSource, type ConsentState, type OptionalCategory } from './state';
export { categoryDecision, decide, type DecideOptions, type Decision, type DecisionReason } from './decide';
export { needsConsent, type NeedsConsentReason } from './needs-consent';
export { decodeConsent, encodeConsent, parseConsent, serializeConsent, type ConsentCodecOptions } from './encoding';
export { cookiesToClear, domainVariants, type ClearInstruction, type PresentItem } from './clear';
export { toGoogleConsentMode, type GoogleConsentMode } from './google-consent-mode';
export { documentCookiePersistence, memoryPersistence, readCookie, type ConsentCookieOptions, type ConsentPersistence } from './persistence';
export { createConsentStore, type ConsentSnapshot, type ConsentStore, type ConsentStoreOptions, type ConsentUpdate } from './store';
