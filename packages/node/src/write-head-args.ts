import { setCookieValues } from './set-cookie-parse';

/** The shapes Node takes headers in: none, an object, a flat `[name, value, …]` list or a list of `[name, value]` pairs. */
export type HeaderShape = 'none' | 'object' | 'flat' | 'tuples';

/** Whether a header name is `Set-Cookie`, in any case. */
export const isSetCookie = (name: unknown): boolean =>
  name === 'Set-Cookie' || name === 'set-cookie' || (typeof name === 'string' && name.length === 10 && name.toLowerCase() === 'set-cookie');

/** Node's own reading of `writeHead(status, reason?, headers?)`: the index of the headers argument. */
export const headersIndex = (reason: unknown, headers: unknown): 1 | 2 => (typeof reason === 'string' || (headers !== undefined && headers !== null) ? 2 : 1);

/** The shape of a `writeHead` headers argument. */
export function headerShape(headers: unknown): HeaderShape {
  if (Array.isArray(headers)) return headers.length > 0 && Array.isArray(headers[0]) ? 'tuples' : 'flat';
  return headers !== null && typeof headers === 'object' ? 'object' : 'none';
}

/** Whether headers in this shape carry a `Set-Cookie` entry. */
export function hasSetCookie(headers: unknown, shape: HeaderShape): boolean {
  if (shape === 'none') return false;
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
export function takeSetCookies(headers: unknown, shape: HeaderShape): { rest: unknown; cookies: string[] } {
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

/** Headers of this shape with these `Set-Cookie` values added. */
export function withSetCookies(rest: unknown, shape: HeaderShape, cookies: readonly string[]): unknown {
  if (cookies.length === 0) return rest;
  if (shape === 'object') return { ...(rest as object), 'set-cookie': cookies };
  if (shape === 'tuples') return [...(rest as unknown[]), ['set-cookie', cookies]];
  return [...(rest as unknown[]), 'set-cookie', cookies];
}
