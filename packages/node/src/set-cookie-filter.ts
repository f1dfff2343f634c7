import type { BlockedCookie } from './options';
import type { RequestConsent } from './request-consent';

/**
 * The name a browser gives a `Set-Cookie` value (RFC 6265bis 5.6: the text before the first
 * `=` of the part before the first `;`, trimmed; empty when there is no `=`), or `undefined`
 * when the value holds no cookie; and whether it deletes the cookie (`Max-Age` ≤ 0, or an
 * `Expires` in the past without `Max-Age`).
 *
 * Hand-written rather than set-cookie-parser: parsing every attribute of every value took
 * 12% of a server's CPU in the middleware benchmark, and only the name and expiry matter here.
 */
export function readSetCookie(value: string, now: number = Date.now()): { name: string | undefined; deletes: boolean } {
  const parts = value.split(';');
  const pair = parts[0] ?? '';
  const eq = pair.indexOf('=');
  const name = eq === -1 ? '' : pair.slice(0, eq).trim();
  if (name === '' && pair.slice(eq + 1).trim() === '') return { name: undefined, deletes: false };
  let maxAge: number | undefined;
  let expires: number | undefined;
  for (let i = 1; i < parts.length; i++) {
    const attribute = parts[i] ?? '';
    const at = attribute.indexOf('=');
    if (at === -1) continue;
    const key = attribute.slice(0, at).trim().toLowerCase();
    const raw = attribute.slice(at + 1).trim();
    if (key === 'max-age' && /^-?\d+$/.test(raw)) maxAge = Number(raw);
    else if (key === 'expires') expires = Date.parse(raw);
  }
  const deletes = maxAge !== undefined ? maxAge <= 0 : expires !== undefined && expires <= now;
  return { name, deletes };
}

/** Every `Set-Cookie` value in whatever shape Node accepts it: a string, a number or a list. */
export function setCookieValues(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => String(item));
}

/**
 * Keeps the `Set-Cookie` values the consent allows, and every one that deletes a cookie;
 * reports the rest. `verdicts` remembers values already judged in this response, since
 * Express re-sets the whole list on every `res.cookie`.
 */
export function filterSetCookies(values: readonly string[], consent: RequestConsent, onBlocked: (cookie: BlockedCookie) => void, verdicts?: Map<string, boolean>): string[] {
  const now = Date.now();
  return values.filter((value) => {
    const known = verdicts?.get(value);
    if (known !== undefined) return known;
    const { name = '', deletes } = readSetCookie(value, now);
    const decision = deletes ? undefined : consent.decide(name);
    const allowed = decision === undefined || decision.allowed;
    verdicts?.set(value, allowed);
    if (decision && !decision.allowed) {
      const blocked: { -readonly [K in keyof BlockedCookie]: BlockedCookie[K] } = { name, reason: decision.reason };
      if (decision.category !== undefined) blocked.category = decision.category;
      if (decision.processor !== undefined) blocked.processor = decision.processor;
      onBlocked(blocked);
    }
    return allowed;
  });
}
