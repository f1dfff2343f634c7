import type { ConsentState } from './state';

/**
 * What proof of consent needs: `@kakor/node` hands one to `onConsent` for every choice a
 * visitor records, and `@kakor/records` stores it.
 */
export interface ConsentRecord {
  /** The consent's random id, also inside the consent cookie. */
  readonly id: string;
  /** When the visitor gave it. */
  readonly givenAt: Date;
  /** When it lapses. */
  readonly expiresAt: Date;
  /** The visitor's choice per optional category. */
  readonly categories: ConsentState['categories'];
  /** Choices per processor id that override their category. */
  readonly processors: ConsentState['processors'];
  /** The site fingerprint the visitor consented under: which cookies they were shown. */
  readonly fingerprint: string;
  /** Whether Global Privacy Control was on when it was given. */
  readonly gpc: boolean;
  /** Where the consent came from: banner, API, GPC or a default. */
  readonly source: ConsentState['source'];
  /** The request's `User-Agent`, if any. */
  readonly userAgent?: string;
  /** The locale the visitor was shown the banner and cookie policy in, e.g. `sv`. */
  readonly locale?: string;
}

/**
 * The record of a consent state, with what the request adds: its `User-Agent` and the
 * visitor's locale, each left out when unknown.
 *
 * @example
 * await onConsent(consentRecordOf(state, { userAgent: req.headers['user-agent'], locale: 'sv' }));
 */
export function consentRecordOf(state: ConsentState, context: { readonly userAgent?: string | undefined; readonly locale?: string | undefined } = {}): ConsentRecord {
  return {
    id: state.id,
    givenAt: new Date(state.givenAt),
    expiresAt: new Date(state.expiresAt),
    categories: state.categories,
    processors: state.processors,
    fingerprint: state.fingerprint,
    gpc: state.gpc,
    source: state.source,
    ...(context.userAgent === undefined ? {} : { userAgent: context.userAgent }),
    ...(context.locale === undefined ? {} : { locale: context.locale }),
  };
}

/** The longest language tag accepted: RFC 5646 asks every implementation to handle at least 35 characters. */
export const maxLanguageTagLength = 35;
const languageTagShape = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/;

/**
 * Whether a string has the shape of a BCP 47 language tag as sites use them (`sv`, `en-GB`,
 * `zh-Hant-TW`): a 2–3 letter language and up to four subtags, at most 35 characters.
 *
 * @example
 * isLanguageTag('en-GB'); // true
 * isLanguageTag('en_GB'); // false
 */
export function isLanguageTag(tag: unknown): tag is string {
  return typeof tag === 'string' && tag.length <= maxLanguageTagLength && languageTagShape.test(tag);
}
