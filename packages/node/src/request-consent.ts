import type { Category } from '@kakor/catalog';
import { categoryDecision, decide, decodeConsent, needsConsent, type ConsentState, type Decision, type NeedsConsentReason, type Site } from '@kakor/consent';
import { decisionMemo } from './decision-memo';
import { trimWsp } from './http-whitespace';
import { readCookieHeader } from './request-cookies';

/** The visitor's consent as the server read it from the request: `req.consent`. */
export interface RequestConsent {
  /** The verified consent, or `null` (none, malformed or tampered with). */
  readonly state: ConsentState | null;
  /** Whether the request carries `Sec-GPC: 1`. */
  readonly gpc: boolean;
  /** Why the visitor must be asked, or `false`. */
  readonly needsConsent: NeedsConsentReason | false;
  /** The names of the cookies the request carries, each once, in the order it gives them. */
  readonly cookieNames: readonly string[];
  /** Whether the consent allows a category now. */
  allows(category: Category): boolean;
  /** Whether a cookie of this name may be set now. */
  allowsCookie(name: string): boolean;
  /** The full decision for a cookie name. */
  decide(name: string): Decision;
}

/** The request's headers, in Node's or the Fetch API's shape. */
export type HeaderReader = (name: string) => string | undefined;

/** Decodes consent cookie values; `createConsentDecoder` remembers the ones it verified. */
export interface ConsentDecoder {
  (value: string | undefined): Promise<ConsentState | null>;
  /** The state for a value verified before (or `null` for no value); `undefined` when it must be decoded. */
  cached(value: string | undefined): ConsentState | null | undefined;
}

/**
 * A decoder that remembers up to `size` verified values, so a returning visitor's cookie
 * costs one HMAC, not one per request. Only verified values are kept: forged ones cannot
 * fill it.
 */
export function createConsentDecoder(site: Site, secret?: string | readonly string[], size = 1000): ConsentDecoder {
  const verified = new Map<string, ConsentState>();
  const cached = (value: string | undefined) => (value === undefined ? null : verified.get(value));
  const decoder = async (value: string | undefined) => {
    const known = cached(value);
    if (known !== undefined || value === undefined) return known ?? null;
    const state = await decodeConsent(site, value, secret === undefined ? {} : { secret });
    if (state && size > 0) {
      if (verified.size >= size) verified.delete(verified.keys().next().value as string);
      verified.set(value, state);
    }
    return state;
  };
  return Object.assign(decoder, { cached });
}

// A class, not closures: one of these is made for every request.
class ReadConsent implements RequestConsent {
  readonly needsConsent: NeedsConsentReason | false;
  readonly #site: Site;
  readonly #now = Date.now();
  readonly #memo: Map<string, Decision> | undefined;
  constructor(
    site: Site,
    readonly state: ConsentState | null,
    readonly gpc: boolean,
    readonly cookieNames: readonly string[],
  ) {
    this.#site = site;
    this.needsConsent = needsConsent(site, state, this.#now);
    this.#memo = decisionMemo(site, state, gpc, this.needsConsent === false);
  }
  allows(category: Category): boolean {
    return categoryDecision(this.#site, this.state, category, undefined, { gpc: this.gpc, now: this.#now }).allowed;
  }
  allowsCookie(name: string): boolean {
    return this.decide(name).allowed;
  }
  decide(name: string): Decision {
    let decision = this.#memo?.get(name);
    if (decision === undefined) {
      decision = decide(this.#site, this.state, name, { gpc: this.gpc, now: this.#now, storage: 'cookie' });
      this.#memo?.set(name, decision);
    }
    return decision;
  }
}

/**
 * Whether a `Sec-GPC` header asks for Global Privacy Control. A header sent twice reaches the
 * server joined (`1, 1`); any `1` among the values counts, so a repeat never turns GPC off.
 */
export function readGpc(value: string | undefined): boolean {
  if (value === undefined) return false;
  return value.split(',').some((item) => trimWsp(item) === '1');
}

/** The consent of a request whose consent cookie was already decoded, given its `Sec-GPC` header and cookie names. */
export function requestConsent(site: Site, state: ConsentState | null, secGpc: string | undefined, cookieNames: readonly string[]): RequestConsent {
  return new ReadConsent(site, state, readGpc(secGpc), cookieNames);
}

/** The same request's cookies and GPC signal under another consent: the one just recorded. */
export function withState(site: Site, consent: RequestConsent, state: ConsentState): RequestConsent {
  return new ReadConsent(site, state, consent.gpc, consent.cookieNames);
}

/** Reads the consent cookie (verifying it when a secret is set) and the GPC signal from a request. Never throws. */
export async function readRequestConsent(site: Site, header: HeaderReader, secret?: string | readonly string[] | ConsentDecoder): Promise<RequestConsent> {
  const cookies = readCookieHeader(header('cookie'), site.consentCookieName);
  const decoder = typeof secret === 'function' ? secret : createConsentDecoder(site, secret, 0);
  return requestConsent(site, await decoder(cookies.value), header('sec-gpc'), cookies.names);
}
