import { cookiesToClear, domainVariants, type ClearInstruction, type PresentItem } from './clear';
import type { DecideOptions } from './decide';
import type { Site } from './site';
import type { ConsentState } from './state';

/** Where {@link clearBrowserStorage} looks; the page's own `document` and storages by default. */
export interface BrowserStorageOptions extends DecideOptions {
  /** Where cookies are read and expired; its `location.hostname` gives the parent domains to try. */
  readonly document?: {
    /** `document.cookie`: read for names, written to expire them. */
    cookie: string;
    /** The page's location. */
    readonly location?: {
      /** The host the page was served from. */
      readonly hostname: string;
    };
  };
  /** The localStorage to clear keys from; `null` for none. */
  readonly localStorage?: Storage | null;
  /** The sessionStorage to clear keys from; `null` for none. */
  readonly sessionStorage?: Storage | null;
}

function cookieNames(cookieString: string): string[] {
  return cookieString
    .split(';')
    .map((part) => part.slice(0, part.includes('=') ? part.indexOf('=') : 0).trim())
    .filter((name) => name !== '');
}

function storageKeys(storage: Storage | null | undefined): string[] {
  if (!storage) return [];
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

// Storage access throws in sandboxed frames and with storage blocked; there is nothing to clear then.
function reach(get: () => Storage | null | undefined): Storage | null {
  try {
    return get() ?? null;
  } catch {
    return null;
  }
}

/**
 * Removes the first-party cookies and localStorage / sessionStorage keys in this browser that
 * the consent no longer allows (withdrawn, rejected, expired or given under another site
 * fingerprint). A cookie is expired host-only and on each parent domain it may have been set
 * on, unless the catalog names its domain. Returns what it removed.
 *
 * @example
 * store.subscribe(() => clearBrowserStorage(site, store.getSnapshot().state));
 */
export function clearBrowserStorage(site: Site, state: ConsentState | null | undefined, options: BrowserStorageOptions = {}): ClearInstruction[] {
  const doc = options.document ?? (typeof document === 'undefined' ? undefined : document);
  const local = 'localStorage' in options ? (options.localStorage ?? null) : reach(() => globalThis.localStorage);
  const session = 'sessionStorage' in options ? (options.sessionStorage ?? null) : reach(() => globalThis.sessionStorage);
  const present: PresentItem[] = [
    ...(doc ? cookieNames(doc.cookie) : []).map((name) => ({ name, storage: 'cookie' as const })),
    ...storageKeys(local).map((name) => ({ name, storage: 'localStorage' as const })),
    ...storageKeys(session).map((name) => ({ name, storage: 'sessionStorage' as const })),
  ];
  const instructions = cookiesToClear(site, state, present, options);
  for (const item of instructions) {
    if (item.storage === 'localStorage') local?.removeItem(item.name);
    else if (item.storage === 'sessionStorage') session?.removeItem(item.name);
    else if (item.storage === 'cookie' && doc) {
      const expire = `${item.name}=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=${item.path}`;
      doc.cookie = expire;
      const domains = item.domain !== undefined ? [item.domain] : domainVariants(doc.location?.hostname ?? '').filter((domain) => domain.startsWith('.'));
      for (const domain of domains) doc.cookie = `${expire}; Domain=${domain}`;
    }
  }
  return instructions;
}
