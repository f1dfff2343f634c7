import { IncomingMessage, type ServerResponse } from 'node:http';
import { Http2ServerRequest } from 'node:http2';
import type { BlockedCookie } from './options';
import type { RequestConsent } from './request-consent';
import { filterSetCookies, type CookieFilter } from './set-cookie-filter';
import { setCookieValues } from './set-cookie-parse';
import { expiredCookieHeaders } from './withdrawal';

/** One middleware instance's hold on a response: nested instances each add one. */
export interface GuardLayer extends CookieFilter {
  readonly consent: RequestConsent;
  readonly host: string | undefined;
  readonly onBlocked: (cookie: BlockedCookie) => void;
  /** Whether the expiring cookies for withdrawn consent still need sending. */
  expire: boolean;
}

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

interface Guard {
  readonly layers: GuardLayer[];
  verdicts: Map<string, string | null> | undefined;
  readonly original: Originals;
}

type Guarded = Guardable;
type Method = 'setHeader' | 'appendHeader' | 'writeHead' | 'writeEarlyHints' | 'addTrailers' | 'setTrailer';
type AnyMethod = (this: Guarded, ...args: never[]) => unknown;

// A guard is found through the response's request (`res.req`, which Node's `http` and `http2`
// compat responses both have), or through the response itself when it has no such link. On a
// request of Node's own class it is a property: such objects share hidden classes, so that costs
// next to nothing. Once a framework has swapped the request's prototype (Express does), each
// object has a hidden class of its own and every property added copies it (4–8 µs, measured), so
// the guard goes in a WeakMap instead (about 2 µs).
const guardKey = Symbol.for('kakor.guard');
const guardsKey = Symbol.for('kakor.guards');
const replacedKey = Symbol.for('kakor.replaced-methods');
const globals = globalThis as { [guardsKey]?: WeakMap<object, Guard>; [replacedKey]?: WeakMap<AnyMethod, AnyMethod> };
// Shared through the global symbol registry, so an ESM and a CJS copy of the package compose.
const guards = (globals[guardsKey] ??= new WeakMap<object, Guard>());
/** The dispatchers put on prototypes, and the method each one replaced. */
const replaced = (globals[replacedKey] ??= new WeakMap<AnyMethod, AnyMethod>());
const nodeRequestPrototypes = new Set<unknown>([IncomingMessage.prototype, Http2ServerRequest.prototype]);

interface GuardHolder {
  [guardKey]?: Guard;
}
const guardOfRequest = (request: unknown): Guard | undefined => guards.get(request as object) ?? (request as GuardHolder | undefined)?.[guardKey];
const findGuard = (res: Guarded): Guard | undefined => guardOfRequest(res.req) ?? guards.get(res);
const guardOf = (res: Guarded): Guard => findGuard(res) as Guard;

/** The consent of the innermost instance guarding the response to this request, if any. */
export const guardedConsent = (request: object): RequestConsent | undefined => guardOfRequest(request)?.layers.at(-1)?.consent;

const isSetCookie = (name: unknown): boolean => typeof name === 'string' && name.length === 10 && name.toLowerCase() === 'set-cookie';
const filterFor = (guard: Guard, value: unknown): string[] => filterSetCookies(setCookieValues(value), guard.layers, (guard.verdicts ??= new Map()));

function guardedSetHeader(this: Guarded, name: string, value: unknown) {
  const guard = guardOf(this);
  return guard.original.setHeader.call(this, name, isSetCookie(name) ? filterFor(guard, value) : value);
}

function guardedAppendHeader(this: Guarded, name: string, value: unknown) {
  const guard = guardOf(this);
  if (!isSetCookie(name)) return guard.original.appendHeader?.call(this, name, value);
  const kept = filterFor(guard, value);
  return kept.length > 0 ? guard.original.appendHeader?.call(this, name, kept) : this;
}

// Header values Node would write through unchecked in a 103 response: CR, LF, NUL and other controls.
const unsafeHeaderText = /[^\t\x20-\x7e\x80-\xff]/;
const safeHint = ([name, value]: [string, unknown]): boolean =>
  !isSetCookie(name) && !unsafeHeaderText.test(name) && setCookieValues(value).every((item) => !unsafeHeaderText.test(item));

function guardedWriteEarlyHints(this: Guarded, hints: Record<string, unknown>, callback?: () => void) {
  const safe = Object.fromEntries(Object.entries(hints).filter(safeHint));
  guardOf(this).original.writeEarlyHints?.call(this, safe, callback);
}

// Trailers never carry cookies: browsers ignore them there, and proxies may not.
function guardedAddTrailers(this: Guarded, headers: unknown) {
  const guard = guardOf(this);
  const safe = Array.isArray(headers)
    ? headers.filter((entry) => !(Array.isArray(entry) && isSetCookie(entry[0])))
    : headers !== null && typeof headers === 'object'
      ? Object.fromEntries(Object.entries(headers).filter(([name]) => !isSetCookie(name)))
      : headers;
  guard.original.addTrailers?.call(this, safe);
}

function guardedSetTrailer(this: Guarded, name: string, value: unknown) {
  if (!isSetCookie(name)) guardOf(this).original.setTrailer?.call(this, name, value);
}

type HeaderShape = 'none' | 'object' | 'flat' | 'tuples';

/** Node's own reading of `writeHead(status, reason?, headers?)`: where the headers are and in which shape. */
function locateHeaders(args: unknown[]): { at: number; shape: HeaderShape } {
  const [, reason, headers] = args;
  const at = typeof reason === 'string' || (headers !== undefined && headers !== null) ? 2 : 1;
  const found = args[at];
  if (Array.isArray(found)) return { at, shape: found.length > 0 && Array.isArray(found[0]) ? 'tuples' : 'flat' };
  return { at, shape: found !== null && typeof found === 'object' ? 'object' : 'none' };
}

/** Whether headers in this shape carry a `Set-Cookie` entry. */
function hasSetCookie(headers: unknown, shape: HeaderShape): boolean {
  if (shape === 'object') {
    for (const name of Object.keys(headers as object)) if (isSetCookie(name)) return true;
    return false;
  }
  const list = headers as unknown[];
  if (shape === 'tuples') return list.some((entry) => Array.isArray(entry) && isSetCookie(entry[0]));
  for (let i = 0; i + 1 < list.length; i += 2) if (isSetCookie(list[i])) return true;
  return false;
}

/** The headers without their `Set-Cookie` entries, in the same shape, and those entries' values. */
function takeSetCookies(headers: unknown, shape: HeaderShape): { rest: unknown; cookies: string[] } {
  const cookies: string[] = [];
  const take = (value: unknown) => {
    cookies.push(...setCookieValues(value));
    return false;
  };
  if (shape === 'object') return { rest: Object.fromEntries(Object.entries(headers as object).filter(([name, value]: [string, unknown]) => !isSetCookie(name) || take(value))), cookies };
  if (shape === 'tuples') return { rest: (headers as unknown[]).filter((entry) => !(Array.isArray(entry) && isSetCookie(entry[0])) || take(entry[1])), cookies };
  const list = headers as unknown[];
  const rest: unknown[] = [];
  // An odd list stays odd, so Node still refuses it as it would without the guard.
  for (let i = 0; i < list.length; i += 2) {
    if (i + 1 < list.length && isSetCookie(list[i])) take(list[i + 1]);
    else rest.push(...list.slice(i, i + 2));
  }
  return { rest, cookies };
}

function withSetCookies(rest: unknown, shape: HeaderShape, cookies: string[]): unknown {
  if (cookies.length === 0) return rest;
  if (shape === 'object') return { ...(rest as object), 'set-cookie': cookies };
  if (shape === 'tuples') return [...(rest as unknown[]), ['set-cookie', cookies]];
  return [...(rest as unknown[]), 'set-cookie', cookies];
}

function expiringHeaders(guard: Guard): string[] {
  let expired: string[] | undefined;
  for (const layer of guard.layers) {
    if (!layer.expire) continue;
    layer.expire = false;
    for (const header of expiredCookieHeaders(layer.consent, layer.host)) {
      expired ??= [];
      if (!expired.includes(header)) expired.push(header);
    }
  }
  return expired ?? [];
}

function guardedWriteHead(this: Guarded, ...args: unknown[]) {
  const guard = guardOf(this);
  if (this.headersSent) return guard.original.writeHead.apply(this, args);
  const { at, shape } = locateHeaders(args);
  const inArgs = shape !== 'none' && hasSetCookie(args[at], shape);
  const current = this.getHeader('set-cookie');
  const expired = expiringHeaders(guard);
  // Set-Cookie passed to writeHead replaces what setHeader set, as Node itself does.
  const taken = inArgs ? takeSetCookies(args[at], shape) : undefined;
  const kept = taken !== undefined ? filterFor(guard, taken.cookies) : current === undefined ? [] : filterFor(guard, current);
  const final = expired.length === 0 ? kept : [...kept, ...expired.filter((header) => !kept.includes(header))];
  if (taken !== undefined || (shape === 'tuples' && final.length > 0)) {
    // Into the arguments in their own shape: after setHeader, Node refuses a list of pairs.
    args[at] = withSetCookies(taken?.rest ?? args[at], shape, final);
    if (final.length === 0 && current !== undefined) this.removeHeader('set-cookie');
  } else if (final.length > 0) {
    // Values set through the guard were filtered then; set them again only when this changed them.
    const before = setCookieValues(current);
    if (final.length !== before.length || final.some((value, i) => value !== before[i])) guard.original.setHeader.call(this, 'set-cookie', final);
  } else if (current !== undefined) {
    this.removeHeader('set-cookie');
  }
  return guard.original.writeHead.apply(this, args);
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
 */
export function guardResponse(response: ServerResponse | Guardable, layer: GuardLayer, request?: object): void {
  const res = response as Guarded;
  const existing = findGuard(res);
  if (existing !== undefined) {
    existing.layers.push(layer);
    existing.verdicts = undefined;
    return;
  }
  const prototype = Object.getPrototypeOf(res) as object;
  let original = originalsByPrototype.get(prototype);
  if (original === undefined) {
    original = {
      setHeader: guardedMethod(res, 'setHeader', guardedSetHeader) as Guardable['setHeader'],
      appendHeader: guardedMethod(res, 'appendHeader', guardedAppendHeader) as Guardable['appendHeader'],
      writeHead: guardedMethod(res, 'writeHead', guardedWriteHead) as Guardable['writeHead'],
      writeEarlyHints: guardedMethod(res, 'writeEarlyHints', guardedWriteEarlyHints) as Guardable['writeEarlyHints'],
      addTrailers: guardedMethod(res, 'addTrailers', guardedAddTrailers) as Guardable['addTrailers'],
      setTrailer: guardedMethod(res, 'setTrailer', guardedSetTrailer) as Guardable['setTrailer'],
    };
    originalsByPrototype.set(prototype, original);
  }
  const guard: Guard = { layers: [layer], verdicts: undefined, original };
  // On the request only when the response leads to it: the dispatchers look through `res.req`.
  if (request === undefined || res.req !== request) guards.set(res, guard);
  else if (nodeRequestPrototypes.has(Object.getPrototypeOf(request))) (request as GuardHolder)[guardKey] = guard;
  else guards.set(request, guard);
}

// Express gives every app its own response prototype; each is looked up once.
const originalsByPrototype = new WeakMap<object, Originals>();

/**
 * Makes sure the prototype that gives `res` this method dispatches to the guard for guarded
 * responses (and to the method it replaced for all others), and returns that replaced method.
 * Own properties (another library's wrappers) are left alone: they call down to the prototype.
 */
function guardedMethod(res: Guarded, method: Method, guarded: AnyMethod): AnyMethod | undefined {
  let owner = Object.getPrototypeOf(res) as object | null;
  while (owner !== null && !Object.prototype.hasOwnProperty.call(owner, method)) owner = Object.getPrototypeOf(owner) as object | null;
  if (owner === null) return undefined;
  const current = (owner as Record<Method, AnyMethod>)[method];
  const original = replaced.get(current);
  if (original !== undefined) return original;
  // Fixed parameters, not rest and apply: this runs for every header any response sets.
  const dispatcher = function (this: Guarded, a: never, b: never, c: never): unknown {
    return findGuard(this) !== undefined ? guarded.call(this, a, b, c) : current.call(this, a, b, c);
  };
  replaced.set(dispatcher, current);
  (owner as Record<Method, AnyMethod>)[method] = dispatcher;
  return current;
}
