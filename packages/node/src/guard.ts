import type { ServerResponse } from 'node:http';
import { findGuard, guardOfRequest, storeGuard, type Guard as StoredGuard, type GuardLayer } from './guard-store';
import type { RequestConsent } from './request-consent';
import { filterSetCookies } from './set-cookie-filter';
import { setCookieValues } from './set-cookie-parse';
import { expiredCookieHeaders } from './withdrawal';
import { hasSetCookie, headerShape, headersIndex, isSetCookie, takeSetCookies, withSetCookies } from './write-head-args';

export type { GuardLayer } from './guard-store';

/** The response methods the guard replaces, as Node's `http` and `http2` compat responses have them. */
interface Guardable {
  setHeader(name: string, value: unknown): unknown;
  appendHeader?(name: string, value: unknown): unknown;
  getHeader(name: string): unknown;
  removeHeader(name: string): void;
  writeHead(...args: unknown[]): unknown;
  writeEarlyHints?(hints: Record<string, unknown>, callback?: () => void): void;
  addTrailers?(headers: unknown): void;
  setTrailer?(name: string, value: unknown): void;
  readonly headersSent: boolean;
  /** The request this response answers: Node's `http` and `http2` compat responses both have it. */
  readonly req?: unknown;
}

/** What the guarded methods were before the guard was put on a response's prototype chain. */
interface Originals {
  readonly setHeader: Guardable['setHeader'];
  readonly appendHeader: Guardable['appendHeader'];
  readonly writeHead: Guardable['writeHead'];
  readonly writeEarlyHints: Guardable['writeEarlyHints'];
  readonly addTrailers: Guardable['addTrailers'];
  readonly setTrailer: Guardable['setTrailer'];
}

type Guard = StoredGuard<Originals>;
type Method = keyof Originals;
type AnyMethod = (this: Guardable, ...args: never[]) => unknown;
/** A guarded method: the response, its guard and the arguments the method was called with. */
type GuardedMethod = (res: Guardable, guard: Guard, a: never, b: never, c: never) => unknown;

const replacedKey = Symbol.for('kakor.replaced-methods');
const globals = globalThis as { [replacedKey]?: WeakMap<AnyMethod, AnyMethod> };
/** The dispatchers put on prototypes, and the method each one replaced; shared by every copy of the package. */
const replaced = (globals[replacedKey] ??= new WeakMap<AnyMethod, AnyMethod>());

/** The consent of the innermost instance guarding the response to this request, if any. */
export const guardedConsent = (request: object): RequestConsent | undefined => guardOfRequest(request)?.layers.at(-1)?.consent;

const none: readonly string[] = [];

const filterFor = (guard: Guard, value: unknown): readonly string[] => filterSetCookies(setCookieValues(value), guard.layers, guard);

function guardedSetHeader(res: Guardable, guard: Guard, name: string, value: unknown): unknown {
  const kept = filterFor(guard, value);
  // Remembered as judged in a copy: Node hands its own list out through getHeader, and apps may change it in place.
  guard.judged = kept.slice();
  return guard.original.setHeader.call(res, name, kept);
}

function guardedAppendHeader(res: Guardable, guard: Guard, name: string, value: unknown): unknown {
  const kept = filterFor(guard, value);
  if (kept.length === 0) return res;
  guard.judged = undefined;
  return guard.original.appendHeader?.call(res, name, kept);
}

// Header values Node would write through unchecked in a 103 response: CR, LF, NUL and other controls.
const unsafeHeaderText = /[^\t\x20-\x7e\x80-\xff]/;
const safeHint = ([name, value]: [string, unknown]): boolean =>
  !isSetCookie(name) && !unsafeHeaderText.test(name) && setCookieValues(value).every((item) => !unsafeHeaderText.test(item));

function guardedWriteEarlyHints(res: Guardable, guard: Guard, hints: Record<string, unknown>, callback?: () => void): void {
  const safe = Object.fromEntries(Object.entries(hints).filter(safeHint));
  guard.original.writeEarlyHints?.call(res, safe, callback);
}

// Trailers never carry cookies: browsers ignore them there, and proxies may not.
function guardedAddTrailers(res: Guardable, guard: Guard, headers: unknown): void {
  const safe = Array.isArray(headers)
    ? headers.filter((entry) => !(Array.isArray(entry) && isSetCookie(entry[0])))
    : headers !== null && typeof headers === 'object'
      ? Object.fromEntries(Object.entries(headers).filter(([name]) => !isSetCookie(name)))
      : headers;
  guard.original.addTrailers?.call(res, safe);
}

// The dispatcher calls this only for Set-Cookie: such a trailer is dropped.
const guardedSetTrailer = (): void => undefined;

function expiringHeaders(guard: Guard): readonly string[] {
  let expired: string[] | undefined;
  for (const layer of guard.layers) {
    if (!layer.expire) continue;
    layer.expire = false;
    for (const header of expiredCookieHeaders(layer.consent, layer.host)) {
      expired ??= [];
      if (!expired.includes(header)) expired.push(header);
    }
  }
  return expired ?? none;
}

/** Whether a header value holds the same values as a list, in order. */
function sameValues(list: readonly string[] | undefined, value: unknown): boolean {
  if (list === undefined || !Array.isArray(value) || value.length !== list.length) return false;
  for (let i = 0; i < list.length; i++) if (value[i] !== list[i]) return false;
  return true;
}

function guardedWriteHead(res: Guardable, guard: Guard, status: unknown, reason: unknown, headers: unknown): unknown {
  const at = headersIndex(reason, headers);
  const given = at === 2 ? headers : reason;
  const shape = headerShape(given);
  // Set-Cookie passed to writeHead replaces what setHeader set, as Node itself does.
  const taken = hasSetCookie(given, shape) ? takeSetCookies(given, shape) : undefined;
  const current = res.getHeader('set-cookie');
  const expired = expiringHeaders(guard);
  const kept = taken !== undefined ? filterFor(guard, taken.cookies) : current === undefined ? none : sameValues(guard.judged, current) ? (current as readonly string[]) : filterFor(guard, current);
  const final = expired.length === 0 ? kept : [...kept, ...expired.filter((header) => !kept.includes(header))];
  const intoArgs = taken !== undefined || (shape === 'tuples' && final.length > 0);
  const unchanged = !intoArgs && (final.length > 0 ? final === current || sameValues(final, setCookieValues(current)) : current === undefined);
  if (unchanged) return guard.original.writeHead.call(res, status, reason, headers);
  const args: unknown[] = [status, reason, headers];
  try {
    if (intoArgs) {
      // Into the arguments in their own shape: after setHeader, Node refuses a list of pairs.
      args[at] = withSetCookies(taken?.rest ?? given, shape, final);
      if (final.length === 0 && current !== undefined) res.removeHeader('set-cookie');
    } else if (final.length > 0) {
      // Not remembered as judged: the headers leave now.
      guard.judged = undefined;
      guard.original.setHeader.call(res, 'set-cookie', final);
    } else {
      res.removeHeader('set-cookie');
    }
  } catch (error) {
    // Headers already out: Node's writeHead then throws (or, on a closed HTTP/2 stream, returns) as it would unguarded.
    if (res.headersSent) return guard.original.writeHead.call(res, status, reason, headers);
    throw error;
  }
  return guard.original.writeHead.apply(res, args);
}

/**
 * Filters every way a `Set-Cookie` can reach the wire on this response: `setHeader`,
 * `appendHeader`, `setHeaders`, `writeHead` (with or without a reason; headers as an object,
 * a flat list or a list of pairs), and through them Express's `res.cookie` and `res.append`
 * and the implicit flush of `write`/`end`/`flushHeaders`; drops every `Set-Cookie` in 103
 * Early Hints and trailers. A second instance on the same response adds a layer instead of
 * wrapping again: a cookie then leaves only if every layer's consent allows it. The methods
 * are guarded where the response's prototype chain defines them (Node's own prototypes), so
 * they hold when a mounted Express app swaps `app.response` in, and when another library wraps
 * them as own properties.
 *
 * Returns whether the guard is reachable from `request` (the response leads to it).
 */
export function guardResponse(response: ServerResponse | Guardable, layer: GuardLayer, request?: object): boolean {
  const res = response as Guardable;
  const existing = findGuard(res) as Guard | undefined;
  if (existing !== undefined) {
    existing.layers.push(layer);
    // What the outer layers judged has not been judged by this one.
    existing.judged = undefined;
    existing.refused = undefined;
    return guardOfRequest(request) === existing;
  }
  const prototype = Object.getPrototypeOf(res) as object;
  let original = originalsByPrototype.get(prototype);
  if (original === undefined) {
    original = {
      setHeader: guardedMethod(res, 'setHeader', guardedSetHeader, isSetCookie) as Guardable['setHeader'],
      appendHeader: guardedMethod(res, 'appendHeader', guardedAppendHeader, isSetCookie) as Guardable['appendHeader'],
      writeHead: guardedMethod(res, 'writeHead', guardedWriteHead) as Guardable['writeHead'],
      writeEarlyHints: guardedMethod(res, 'writeEarlyHints', guardedWriteEarlyHints) as Guardable['writeEarlyHints'],
      addTrailers: guardedMethod(res, 'addTrailers', guardedAddTrailers) as Guardable['addTrailers'],
      setTrailer: guardedMethod(res, 'setTrailer', guardedSetTrailer, isSetCookie) as Guardable['setTrailer'],
    };
    originalsByPrototype.set(prototype, original);
  }
  const guard: Guard = { layers: [layer], judged: undefined, refused: undefined, original };
  return storeGuard(res, guard as StoredGuard, request);
}

// Express gives every app its own response prototype; each is looked up once.
const originalsByPrototype = new WeakMap<object, Originals>();

const always = (): boolean => true;

/**
 * Makes sure the prototype that gives `res` this method dispatches to the guard for guarded
 * responses (and to the method it replaced for all others), and returns that replaced method.
 * `concerns` tells from the first argument whether a call needs the guard at all (for
 * `setHeader`, only a `Set-Cookie`), so other headers cost no guard lookup. Own properties
 * (another library's wrappers) are left alone: they call down to the prototype.
 */
function guardedMethod(res: Guardable, method: Method, guarded: GuardedMethod, concerns: (first: unknown) => boolean = always): AnyMethod | undefined {
  let owner = Object.getPrototypeOf(res) as object | null;
  while (owner !== null && !Object.prototype.hasOwnProperty.call(owner, method)) owner = Object.getPrototypeOf(owner) as object | null;
  if (owner === null) return undefined;
  const current = (owner as Record<Method, AnyMethod>)[method];
  const original = replaced.get(current);
  if (original !== undefined) return original;
  // Fixed parameters, not rest and apply: this runs for every header any response sets.
  const dispatcher = function (this: Guardable, a: never, b: never, c: never): unknown {
    const guard = concerns(a) ? (findGuard(this) as Guard | undefined) : undefined;
    return guard === undefined ? current.call(this, a, b, c) : guarded(this, guard, a, b, c);
  };
  replaced.set(dispatcher, current);
  (owner as Record<Method, AnyMethod>)[method] = dispatcher;
  return current;
}
