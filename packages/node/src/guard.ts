import type { ServerResponse } from 'node:http';
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
}

interface Guard {
  readonly layers: GuardLayer[];
  verdicts: Map<string, string | null> | undefined;
  // What these methods were before the guard: the prototype's, or another library's wrappers.
  readonly setHeader: Guardable['setHeader'];
  readonly appendHeader: Guardable['appendHeader'];
  readonly writeHead: Guardable['writeHead'];
  readonly writeEarlyHints: Guardable['writeEarlyHints'];
  readonly addTrailers: Guardable['addTrailers'];
  readonly setTrailer: Guardable['setTrailer'];
}

const guardKey = Symbol.for('kakor.guard');
type Guarded = Guardable & { [guardKey]: Guard };

const isSetCookie = (name: unknown): boolean => typeof name === 'string' && name.length === 10 && name.toLowerCase() === 'set-cookie';
const filterFor = (guard: Guard, value: unknown): string[] => filterSetCookies(setCookieValues(value), guard.layers, (guard.verdicts ??= new Map()));

function guardedSetHeader(this: Guarded, name: string, value: unknown) {
  const guard = this[guardKey];
  return guard.setHeader.call(this, name, isSetCookie(name) ? filterFor(guard, value) : value);
}

function guardedAppendHeader(this: Guarded, name: string, value: unknown) {
  const guard = this[guardKey];
  if (!isSetCookie(name)) return guard.appendHeader?.call(this, name, value);
  const kept = filterFor(guard, value);
  return kept.length > 0 ? guard.appendHeader?.call(this, name, kept) : this;
}

// Header values Node would write through unchecked in a 103 response: CR, LF, NUL and other controls.
const unsafeHeaderText = /[^\t\x20-\x7e\x80-\xff]/;
const safeHint = ([name, value]: [string, unknown]): boolean =>
  !isSetCookie(name) && !unsafeHeaderText.test(name) && setCookieValues(value).every((item) => !unsafeHeaderText.test(item));

function guardedWriteEarlyHints(this: Guarded, hints: Record<string, unknown>, callback?: () => void) {
  const safe = Object.fromEntries(Object.entries(hints).filter(safeHint));
  this[guardKey].writeEarlyHints?.call(this, safe, callback);
}

// Trailers never carry cookies: browsers ignore them there, and proxies may not.
function guardedAddTrailers(this: Guarded, headers: unknown) {
  const guard = this[guardKey];
  const safe = Array.isArray(headers)
    ? headers.filter((entry) => !(Array.isArray(entry) && isSetCookie(entry[0])))
    : headers !== null && typeof headers === 'object'
      ? Object.fromEntries(Object.entries(headers).filter(([name]) => !isSetCookie(name)))
      : headers;
  guard.addTrailers?.call(this, safe);
}

function guardedSetTrailer(this: Guarded, name: string, value: unknown) {
  if (!isSetCookie(name)) this[guardKey].setTrailer?.call(this, name, value);
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
  const guard = this[guardKey];
  if (this.headersSent) return guard.writeHead.apply(this, args);
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
    if (final.length !== before.length || final.some((value, i) => value !== before[i])) guard.setHeader.call(this, 'set-cookie', final);
  } else if (current !== undefined) {
    this.removeHeader('set-cookie');
  }
  return guard.writeHead.apply(this, args);
}

/**
 * Filters every way a `Set-Cookie` can reach the wire on this response: `setHeader`,
 * `appendHeader`, `setHeaders`, `writeHead` (with or without a reason; headers as an object,
 * a flat list or a list of pairs), and through them Express's `res.cookie` and `res.append`
 * and the implicit flush of `write`/`end`/`flushHeaders`; drops every `Set-Cookie` in 103
 * Early Hints and trailers. A second instance on the same response adds a layer instead of
 * wrapping again: a cookie then leaves only if every layer's consent allows it. Own
 * properties, so they hold even when a mounted Express app swaps the prototype.
 */
export function guardResponse(response: ServerResponse | Guardable, layer: GuardLayer): void {
  const res = response as Guarded;
  const existing = res[guardKey] as Guard | undefined;
  if (existing !== undefined) {
    existing.layers.push(layer);
    existing.verdicts = undefined;
    return;
  }
  // A literal, not a spread: object spread costs microseconds per request here.
  res[guardKey] = {
    layers: [layer],
    verdicts: undefined,
    setHeader: res.setHeader,
    appendHeader: res.appendHeader,
    writeHead: res.writeHead,
    writeEarlyHints: res.writeEarlyHints,
    addTrailers: res.addTrailers,
    setTrailer: res.setTrailer,
  };
  res.setHeader = guardedSetHeader;
  res.appendHeader = guardedAppendHeader;
  res.writeHead = guardedWriteHead;
  res.writeEarlyHints = guardedWriteEarlyHints;
  res.addTrailers = guardedAddTrailers;
  if (res.setTrailer !== undefined) res.setTrailer = guardedSetTrailer;
}
