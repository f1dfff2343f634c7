export { consentMiddleware, withConsent, type ConsentMiddleware } from './middleware';
export { consentFetchHandler, type FetchHandler } from './fetch';
export { createConsentDecoder, readRequestConsent, type ConsentDecoder, type HeaderReader, type RequestConsent } from './request-consent';
export { parseChoice } from './endpoint';
export { warnOncePerName, type BlockedCookie, type ConsentServerOptions } from './options';
/** What `onConsent` receives: the shared record type of `@kakor/consent`, re-exported under its name. */
export type { ConsentRecord } from '@kakor/consent';
