import { parseConsent, serializeConsent } from './encoding';
import type { Site } from './site';
import type { ConsentState } from './state';

/** What the visitor was shown when making a choice, for the proof of consent a server records. */
export interface ChoiceDetails {
  /** The locale of the banner or dialog the choice was made in, e.g. `sv`. */
  readonly locale?: string;
}

/** Where a consent store keeps the state between visits. */
export interface ConsentPersistence {
  /** The stored state, or `null`. */
  load(site: Site): ConsentState | null;
  /**
   * Stores the state; `null` forgets it. `details` says what the visitor was shown, when the
   * choice came with it. A keeper that stores its own version of the state (a server's endpoint
   * gives a consent the id it records) resolves to that version, and the store then shows it.
   */
  // `void` kept, so existing keepers that return nothing still type-check.
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  save(site: Site, state: ConsentState | null, details?: ChoiceDetails): void | Promise<ConsentState | null | undefined>;
}

/** Attributes of the consent cookie a browser store writes. */
export interface ConsentCookieOptions {
  /** E.g. `.example.com` to share consent across subdomains; the current host by default. */
  readonly domain?: string;
  /** `Secure` by default on https pages. */
  readonly secure?: boolean;
  /** `Lax` by default. */
  readonly sameSite?: 'Lax' | 'Strict' | 'None';
}

/**
 * Keeps the state in memory only: for tests, servers and embedded views.
 *
 * @example
 * const store = createConsentStore(site, { persist: memoryPersistence() });
 */
export function memoryPersistence(initial: ConsentState | null = null): ConsentPersistence {
  let stored = initial;
  return {
    load: () => stored,
    save: (_site, state) => {
      stored = state;
    },
  };
}

/**
 * Reads one cookie's value from a `document.cookie` string.
 *
 * @example
 * readCookie('a=1; kakor_consent=1.abc', 'kakor_consent'); // '1.abc'
 */
export function readCookie(cookieString: string, name: string): string | undefined {
  for (const part of cookieString.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * Keeps the state in the site's consent cookie through `document.cookie` (unsigned: the
 * browser holds no secret; a server that signs its cookie should receive choices through
 * its consent endpoint instead).
 *
 * @example
 * const store = createConsentStore(site, { persist: documentCookiePersistence({ domain: '.example.se' }) });
 */
export function documentCookiePersistence(options: ConsentCookieOptions = {}): ConsentPersistence {
  return {
    load(site) {
      if (typeof document === 'undefined') return null;
      return parseConsent(site, readCookie(document.cookie, site.consentCookieName));
    },
    save(site, state) {
      if (typeof document === 'undefined') return;
      const secure = options.secure ?? (typeof location !== 'undefined' && location.protocol === 'https:');
      const maxAge = state ? Math.max(0, Math.floor((state.expiresAt - Date.now()) / 1000)) : 0;
      document.cookie = [
        `${site.consentCookieName}=${state ? serializeConsent(state) : ''}`,
        'Path=/',
        `Max-Age=${String(maxAge)}`,
        `SameSite=${options.sameSite ?? 'Lax'}`,
        ...(options.domain ? [`Domain=${options.domain}`] : []),
        ...(secure ? ['Secure'] : []),
      ].join('; ');
    },
  };
}
