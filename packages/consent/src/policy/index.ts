export { cookiePolicy, type CookiePolicy, type CookiePolicyOptions, type CookieRow, type CookieSection, type ProcessorRow } from './cookie-policy';
export { policyLabels, type PolicyLabels } from './labels';
