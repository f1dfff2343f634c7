export { toCookieConsentCategories, type CookieConsentCategories, type CookieConsentCategory, type CookieConsentCookie, type CookieConsentOptions, type CookieConsentService } from './vanilla-cookieconsent';
export { toKlaroServices, type KlaroCookie, type KlaroOptions, type KlaroService } from './klaro';
export {
  c15tCategories,
  toC15tCallbacks,
  toC15tClearOnRevocation,
  type C15tCallbacks,
  type C15tClearOnRevocationConfig,
  type C15tClearOnRevocationCookie,
  type C15tClearOnRevocationTargets,
  type C15tConsentSetPayload,
  type C15tOptionalCategory,
} from './c15t';
export { consentFromCategories } from './consent-from-categories';
export { cookieNameMatcher, patternToRegExp } from './regexp';
