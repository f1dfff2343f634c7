import { deletionHeader } from './deletion';
import type { BlockedCookie } from './options';
import type { RequestConsent } from './request-consent';
import { parseSetCookie, setCookieName } from './set-cookie-parse';

/** One consent that a response's cookies must satisfy, and where refusals are reported. */
export interface CookieFilter {
  /** The request's consent. */
  readonly consent: Pick<RequestConsent, 'decide'>;
  /** Told about every refused `Set-Cookie`. */
  readonly onBlocked: (cookie: BlockedCookie) => void;
}

/** What one `Set-Cookie` value becomes: itself, a canonical deletion, or nothing. */
type Verdict = string | null;

function judge(value: string, filters: readonly CookieFilter[], now: number): Verdict {
  const stored = setCookieName(value);
  const name = stored ?? '';
  for (const { consent, onBlocked } of filters) {
    const decision = consent.decide(name);
    if (decision.allowed && stored !== undefined) continue;
    // A refused name never leaves as the app wrote it: a deletion is rebuilt from its Path and Domain.
    const cookie = parseSetCookie(value, now);
    if (cookie?.deletes === true) return deletionHeader(name, cookie.path, cookie.domain) ?? null;
    const blocked: { -readonly [K in keyof BlockedCookie]: BlockedCookie[K] } = { name, reason: decision.reason };
    if (decision.category !== undefined) blocked.category = decision.category;
    if (decision.processor !== undefined) blocked.processor = decision.processor;
    onBlocked(blocked);
    return null;
  }
  return value;
}

/**
 * The `Set-Cookie` values every filter's consent allows, judged by the name a browser reads
 * (RFC 6265bis). A value for a refused name is dropped and reported, or, when it deletes the
 * cookie, replaced by a canonical deletion. `verdicts` remembers values already judged in
 * this response, since Express re-sets the whole list on every `res.cookie`.
 */
export function filterSetCookies(values: readonly string[], filters: readonly CookieFilter[], verdicts?: Map<string, Verdict>): string[] {
  const now = Date.now();
  const kept: string[] = [];
  for (const value of values) {
    let verdict = verdicts?.get(value);
    if (verdict === undefined) {
      verdict = judge(value, filters, now);
      verdicts?.set(value, verdict);
    }
    if (verdict !== null) kept.push(verdict);
  }
  return kept;
}
