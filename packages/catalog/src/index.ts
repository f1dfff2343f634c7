export * from './generated/index';
export { catalog } from './generated/all';
export { processorIds, type ProcessorId } from './generated/ids';
export { createListMatcher } from './list-matcher';
export { createMatcher, type CookieMatch, type CookieMatcher, type MatchableEntry, type MatchOptions } from './matcher';
export { categories, googleConsentSignals, type GoogleConsentSignal } from './categories';
export { compareCookies, matchesPattern } from './pattern';
export type * from './types';
export { formatDuration, parseIsoDuration, type CatalogLocale } from './duration';
