import { documentCookiePersistence, type ConsentPersistence } from './persistence';

/** Options of {@link endpointPersistence}. */
export interface EndpointPersistenceOptions {
  /** The server's consent endpoint; `/kakor/consent` as @kakor/node serves it. */
  readonly url?: string;
  /** `fetch`, replaceable in tests. */
  readonly fetch?: typeof fetch;
  /** Called when the server refuses or cannot be reached, with the response or the error. */
  readonly onError?: (problem: Response | unknown) => void;
  /** Called after the server stored a choice, e.g. to re-read cookies it expired. */
  readonly onSaved?: (response: Response) => void;
  /**
   * The locale to post with a choice that names none (the Kakor UI names the one it showed),
   * or a function that reads it at the time, e.g. `() => document.documentElement.lang`. It
   * must be one of the server's `locales`, or the server refuses the choice.
   */
  readonly locale?: string | (() => string | undefined);
}

/**
 * Keeps the consent with the server: reads the consent cookie the server set (without
 * verifying its signature: the browser holds no secret; the server verifies it on every
 * request) and posts each new choice, with the locale the visitor saw when known, to the
 * consent endpoint, which signs and sets the cookie,
 * records proof of consent and expires the cookies the choice no longer allows, HttpOnly ones
 * included; the store then shows the server's version, so the consent id it shows (a receipt)
 * is the one the server recorded. Use it when the server signs the consent cookie.
 *
 * @example
 * const store = createConsentStore(site, { persist: endpointPersistence() });
 */
export function endpointPersistence(options: EndpointPersistenceOptions = {}): ConsentPersistence {
  const url = options.url ?? '/kakor/consent';
  const cookie = documentCookiePersistence();
  return {
    load: (site) => cookie.load(site),
    save(site, state, details) {
      // Forgetting is not a choice to record: drop the cookie here, so the visitor is asked again.
      if (!state) return cookie.save(site, null);
      const locale = details?.locale ?? (typeof options.locale === 'function' ? options.locale() : options.locale);
      const body = JSON.stringify({ categories: state.categories, processors: state.processors, ...(locale ? { locale } : {}) });
      const send = options.fetch ?? fetch;
      // The server's version (its id is the one it records) arrives in the cookie it set.
      return send(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, credentials: 'same-origin' }).then(
        (response) => {
          if (!response.ok) return void options.onError?.(response);
          options.onSaved?.(response);
          return cookie.load(site);
        },
        (error: unknown) => void options.onError?.(error),
      );
    },
  };
}
