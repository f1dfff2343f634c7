import type { StorageKind } from '@kakor/catalog';
import { decide, type DecideOptions, type Decision, type DecisionReason } from './decide';
import type { Site } from './site';
import type { ConsentState } from './state';

/** A present cookie or storage item that consent no longer allows. */
export interface ClearInstruction {
  /** The cookie's name or the storage key. */
  readonly name: string;
  /** Where it lives. */
  readonly storage: StorageKind;
  /** The catalog entry's id; absent for the site's own cookies. */
  readonly processor?: string;
  /** Why consent no longer allows it. */
  readonly reason: DecisionReason;
  /** The domain the catalog says it is set on, if any; otherwise try {@link domainVariants}. */
  readonly domain?: string;
  /** The path it is set on: the catalog's, or `/`. */
  readonly path: string;
}

/** A name found in the browser or a request, and where it was found. */
export interface PresentItem {
  /** The cookie's name or the storage key. */
  readonly name: string;
  /** Where it was found. */
  readonly storage: StorageKind;
}

/** A decision per name and storage, e.g. one that remembers decisions for a request. */
export type DecisionFor = (name: string, storage: StorageKind) => Decision;

/**
 * The present first-party cookies and storage keys that must go now. Third-party cookies
 * live on the vendor's domain, where the site cannot reach them; undeclared names are left
 * alone (they may belong to something else on the domain). Instead of a site and state, it
 * takes the decision function a caller already has (a server's memoised decisions).
 *
 * @example
 * for (const item of cookiesToClear(site, state, ['_ga', '_fbp', 'session'])) expire(item);
 * cookiesToClear((name) => req.consent.decide(name), req.consent.cookieNames);
 */
export function cookiesToClear(site: Site, state: ConsentState | null | undefined, present: Iterable<string | PresentItem>, options?: DecideOptions): ClearInstruction[];
export function cookiesToClear(decision: DecisionFor, present: Iterable<string | PresentItem>): ClearInstruction[];
export function cookiesToClear(
  siteOrDecision: Site | DecisionFor,
  stateOrPresent: ConsentState | null | undefined | Iterable<string | PresentItem>,
  present?: Iterable<string | PresentItem>,
  options: DecideOptions = {},
): ClearInstruction[] {
  const decisionFor: DecisionFor =
    typeof siteOrDecision === 'function' ? siteOrDecision : (name, storage) => decide(siteOrDecision, stateOrPresent as ConsentState | null | undefined, name, { now: options.now, gpc: options.gpc, storage });
  const items = (typeof siteOrDecision === 'function' ? stateOrPresent : present) as Iterable<string | PresentItem>;
  const out: ClearInstruction[] = [];
  for (const item of items) {
    const name = typeof item === 'string' ? item : item.name;
    const storage = typeof item === 'string' ? 'cookie' : item.storage;
    const decision = decisionFor(name, storage);
    const cookie = decision.cookie;
    if (decision.allowed || !cookie || cookie.party !== 'first') continue;
    const instruction: { -readonly [K in keyof ClearInstruction]: ClearInstruction[K] } = { name, storage, reason: decision.reason, path: cookie.path ?? '/' };
    if (decision.processor !== undefined) instruction.processor = decision.processor;
    if (cookie.domain !== undefined) instruction.domain = cookie.domain;
    out.push(instruction);
  }
  return out;
}

/**
 * The domains a first-party cookie may have been set on from a host: the host itself and
 * each parent domain, e.g. `www.shop.example.se` → `www.shop.example.se`,
 * `.www.shop.example.se`, `.shop.example.se`, `.example.se`.
 *
 * @example
 * for (const domain of domainVariants(location.hostname)) document.cookie = `_ga=; Max-Age=0; Path=/; Domain=${domain}`;
 */
export function domainVariants(hostname: string): string[] {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '' || /^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.')) return host === '' ? [] : [host];
  const labels = host.split('.');
  const variants = [host];
  for (let i = 0; i < labels.length - 1; i++) variants.push(`.${labels.slice(i).join('.')}`);
  return variants;
}
