import type { BlockedCookie } from './options';
import type { RequestConsent } from './request-consent';
import type { CookieFilter, JudgedValues } from './set-cookie-filter';

/** One middleware instance's hold on a response: nested instances each add one. */
export interface GuardLayer extends CookieFilter {
  readonly consent: RequestConsent;
  readonly host: string | undefined;
  readonly onBlocked: (cookie: BlockedCookie) => void;
  /** Whether the expiring cookies for withdrawn consent still need sending. */
  expire: boolean;
}

/** A response's guard: its layers, what they judged so far, and the methods the guard replaced. */
export interface Guard<Originals = unknown> extends JudgedValues {
  readonly layers: GuardLayer[];
  readonly original: Originals;
}

// Shared through the global symbol registry, so an ESM and a CJS copy of the package compose.
const guardKey = Symbol.for('kakor.guard');
const guardsKey = Symbol.for('kakor.guards');
const globals = globalThis as { [guardsKey]?: WeakMap<object, Guard> };
const guards = (globals[guardsKey] ??= new WeakMap<object, Guard>());

interface GuardHolder {
  [guardKey]?: Guard;
}

/**
 * Where a request keeps its guard: its stream state (`_readableState`), which Node's `http`
 * and `http2` compat requests both have. Frameworks swap the request's prototype (Express
 * does), and then every request has a hidden class of its own: a property added to it costs
 * a copy of that class (4–8 µs, measured) and a WeakMap entry about 1 µs. The stream state
 * keeps the hidden class Node gave it, so a property there costs next to nothing, and no app
 * or framework replaces it.
 */
function holderOf(request: unknown): GuardHolder | undefined {
  const state = (request as { _readableState?: unknown } | null | undefined)?._readableState;
  return typeof state === 'object' && state !== null ? (state as GuardHolder) : undefined;
}

/** The guard of the response to this request, when the middleware put it there. */
export const guardOfRequest = (request: unknown): Guard | undefined => holderOf(request)?.[guardKey] ?? (typeof request === 'object' && request !== null ? guards.get(request) : undefined);

/** A response's guard: found through its request (`res.req`, which Node's `http` and `http2` compat responses have), else by the response itself. */
export const findGuard = (res: { readonly req?: unknown }): Guard | undefined => guardOfRequest(res.req) ?? guards.get(res);

/**
 * Keeps a new guard where {@link findGuard} looks first: with the request when the response
 * leads to it, else by the response. Returns whether the request leads to the guard.
 */
export function storeGuard(res: { readonly req?: unknown }, guard: Guard, request: object | undefined): boolean {
  if (request === undefined || res.req !== request) {
    guards.set(res, guard);
    return false;
  }
  const holder = holderOf(request);
  if (holder !== undefined && Object.isExtensible(holder)) holder[guardKey] = guard;
  else guards.set(request, guard);
  return true;
}
