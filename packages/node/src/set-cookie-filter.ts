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

// Only a Max-Age or Expires attribute deletes a cookie; most values have neither and need no parse.
const mayDelete = /max-age|expires/i;

function judge(value: string, filters: readonly CookieFilter[]): Verdict {
  const stored = setCookieName(value);
  const name = stored ?? '';
  for (const { consent, onBlocked } of filters) {
    const decision = consent.decide(name);
    if (decision.allowed && stored !== undefined) continue;
    // A refused name never leaves as the app wrote it: a deletion is rebuilt from its Path and Domain.
    const cookie = mayDelete.test(value) ? parseSetCookie(value) : undefined;
    if (cookie?.deletes === true) return deletionHeader(name, cookie.path, cookie.domain) ?? null;
    const blocked: { -readonly [K in keyof BlockedCookie]: BlockedCookie[K] } = { name, reason: decision.reason };
    if (decision.category !== undefined) blocked.category = decision.category;
    if (decision.processor !== undefined) blocked.processor = decision.processor;
    onBlocked(blocked);
    return null;
  }
  return value;
}

// An app that sets many refused cookies in one response gets them judged again rather than a long list to search.
const maxRefusedRemembered = 32;

function rememberRefused(memo: JudgedValues, value: string): void {
  if (memo.refused === undefined) memo.refused = [value];
  else if (memo.refused.length < maxRefusedRemembered) memo.refused.push(value);
}

/** What a response's filtering remembers between calls, since Express re-sets the whole list on every `res.cookie`. */
export interface JudgedValues {
  /** The values last passed on as the response's `Set-Cookie`: each was judged, so it may pass again. */
  judged: readonly string[] | undefined;
  /** Values refused so far: dropped again without judging or reporting them twice. */
  refused: string[] | undefined;
}

/**
 * The `Set-Cookie` values every filter's consent allows, judged by the name a browser reads
 * (RFC 6265bis). A value for a refused name is dropped and reported, or, when it deletes the
 * cookie, replaced by a canonical deletion. With `memo`, the values that begin the list as
 * they began the list last passed on are kept without judging them again.
 */
export function filterSetCookies(values: readonly string[], filters: readonly CookieFilter[], memo?: JudgedValues): readonly string[] {
  const judged = memo?.judged;
  let same = 0;
  if (judged !== undefined) while (same < values.length && same < judged.length && values[same] === judged[same]) same++;
  // Copied only from the first value that changes (most lists pass whole), into a list of the
  // most it can hold, cut to length at the end: pushing would grow it more than once.
  let kept: string[] | undefined;
  let length = 0;
  for (let i = same; i < values.length; i++) {
    const value = values[i] as string;
    let verdict: Verdict = null;
    if (memo?.refused?.includes(value) !== true) {
      verdict = judge(value, filters);
      if (verdict === null && memo !== undefined) rememberRefused(memo, value);
    }
    if (verdict !== value && kept === undefined) {
      kept = new Array<string>(values.length);
      for (; length < i; length++) kept[length] = values[length] as string;
    }
    if (verdict !== null && kept !== undefined) kept[length++] = verdict;
  }
  if (kept === undefined) return values;
  kept.length = length;
  return kept;
}
