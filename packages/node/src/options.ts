import type { Category } from '@kakor/catalog';
import type { ConsentRecord, DecisionReason } from '@kakor/consent';

/** A `Set-Cookie` the middleware dropped. */
export interface BlockedCookie {
  /** The cookie's name (empty for a header without one). */
  readonly name: string;
  /** Why consent does not allow it. */
  readonly reason: DecisionReason;
  /** Its category, when the name is declared. */
  readonly category?: Category;
  /** The catalog entry's id; absent for the site's own cookies and unknown names. */
  readonly processor?: string;
}

/** Options shared by the Node middleware and the Fetch handler. */
export interface ConsentServerOptions {
  /** HMAC secret(s) for the consent cookie; signs with the first, accepts any. Strongly advised. */
  readonly secret?: string | readonly string[];
  /** Where the consent endpoint listens; `/kakor/consent` by default, `false` for none. */
  readonly endpoint?: string | false;
  /** Called for every dropped `Set-Cookie`; by default one warning per cookie name. */
  readonly onBlocked?: (cookie: BlockedCookie) => void;
  /** Called with each recorded consent before its cookie is set; a rejection answers 500 and sets nothing. */
  readonly onConsent?: (record: ConsentRecord) => void | Promise<void>;
  /** Origins besides the site's own that may post consent, e.g. `https://www.example.com`. */
  readonly allowedOrigins?: readonly string[];
  /** The largest consent body accepted, in bytes; 4096 by default. */
  readonly bodyLimit?: number;
  /** Trust `X-Forwarded-Proto` to tell whether the request was https (behind a proxy). */
  readonly trustProxy?: boolean;
  /** The consent cookie's `Domain`, to share it across subdomains. */
  readonly cookieDomain?: string;
  /** Mark the consent cookie `HttpOnly`; off by default so the browser store can read it. */
  readonly httpOnly?: boolean;
  /**
   * The locales the site shows its banner and cookie policy in, its default first;
   * `['en', 'sv', 'nb']` (the catalog's) by default. A consent post's `locale` must fit one;
   * a post without one gets the best match for `Accept-Language`, else the first. The
   * record handed to `onConsent` carries it.
   */
  readonly locales?: readonly string[];
}

/** How many distinct names the default `onBlocked` remembers; past that it says so once and stays quiet. */
export const maxWarnedNames = 500;

/**
 * The default `onBlocked`: one clear warning per cookie name and process, for at most 500
 * names (apps that set a cookie per request, such as
 * `oauth_state_<uuid>`, would otherwise grow its memory without end).
 */
export function warnOncePerName(): (cookie: BlockedCookie) => void {
  const warned = new Set<string>();
  let full = false;
  return (cookie) => {
    if (full || warned.has(cookie.name)) return;
    if (warned.size >= maxWarnedNames) {
      full = true;
      console.warn(`[kakor] dropped Set-Cookie for more than ${String(maxWarnedNames)} different names; no further warnings. Pass onBlocked to see every one.`);
      return;
    }
    warned.add(cookie.name);
    const name = cookie.name.length > 120 ? `${cookie.name.slice(0, 120)}…` : cookie.name;
    const what = cookie.category ? ` (${cookie.category}${cookie.processor ? `, ${cookie.processor}` : ''})` : '';
    const advice =
      cookie.reason === 'unknown'
        ? 'it is not declared: add its catalog entry to defineSite({ processors }) or declare it in defineSite({ cookies })'
        : `the visitor's consent does not allow it (${cookie.reason})`;
    console.warn(`[kakor] dropped Set-Cookie ${JSON.stringify(name)}${what}: ${advice}.`);
  };
}
