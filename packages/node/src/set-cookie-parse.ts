import { parseDate } from 'tough-cookie';
import { isWsp, trimWsp } from './http-whitespace';

/** A `Set-Cookie` value as a browser reads it: only what the middleware needs. */
export interface BrowserSetCookie {
  /** The cookie's name as the browser stores it (may be empty). */
  readonly name: string;
  /** The `Path` attribute the browser would keep, if any. */
  readonly path?: string;
  /** The `Domain` attribute the browser would keep, if any, lower-cased as written. */
  readonly domain?: string;
  /** Whether the value deletes the cookie (`Max-Age` ≤ 0, or an `Expires` in the past without `Max-Age`). */
  readonly deletes: boolean;
}


const maxNameAndValue = 4096;
const maxAttributeValue = 1024;

const utf8Length = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * Reads a `Set-Cookie` value as RFC 6265bis 5.6 and Chromium do: the name is the text before
 * the first `=` of the part before the first `;`, with SP and HTAB trimmed (empty when there
 * is no `=`); attribute values over 1,024 bytes are ignored; the last `Path`, `Domain`,
 * `Max-Age` and `Expires` win; `Expires` is parsed with the RFC 6265 cookie-date algorithm
 * (two-digit years 70–99 are 19xx, 00–69 are 20xx). `undefined` when browsers would store no
 * cookie at all (empty name and value, or name and value over 4,096 bytes).
 */
export function parseSetCookie(value: string, now: number = Date.now()): BrowserSetCookie | undefined {
  const semicolon = value.indexOf(';');
  const pair = semicolon === -1 ? value : value.slice(0, semicolon);
  const eq = pair.indexOf('=');
  const name = eq === -1 ? '' : trimWsp(pair.slice(0, eq));
  const cookieValue = trimWsp(eq === -1 ? pair : pair.slice(eq + 1));
  if (name === '' && cookieValue === '') return undefined;
  if (utf8Length(name) + utf8Length(cookieValue) > maxNameAndValue) return undefined;

  let path: string | undefined;
  let domain: string | undefined;
  let maxAge: number | undefined;
  let expires: number | undefined;
  const attributes = semicolon === -1 ? [] : value.slice(semicolon + 1).split(';');
  for (const attribute of attributes) {
    const at = attribute.indexOf('=');
    const key = trimWsp(at === -1 ? attribute : attribute.slice(0, at)).toLowerCase();
    const raw = at === -1 ? '' : trimWsp(attribute.slice(at + 1));
    if (utf8Length(raw) > maxAttributeValue) continue;
    if (key === 'max-age') {
      if (/^-?\d+$/.test(raw)) maxAge = /^-|^0+$/.test(raw) ? 0 : 1;
    } else if (key === 'expires') {
      const date = parseDate(raw);
      if (date !== undefined) expires = date.getTime();
    } else if (key === 'domain') {
      domain = raw.toLowerCase() || undefined;
    } else if (key === 'path') {
      path = raw.startsWith('/') ? raw : undefined;
    }
  }
  const deletes = maxAge !== undefined ? maxAge <= 0 : expires !== undefined && expires <= now;
  const cookie: { -readonly [K in keyof BrowserSetCookie]: BrowserSetCookie[K] } = { name, deletes };
  if (path !== undefined) cookie.path = path;
  if (domain !== undefined) cookie.domain = domain;
  return cookie;
}

/**
 * Just the name a browser gives a `Set-Cookie` value, as {@link parseSetCookie} reads it, or
 * `undefined` when browsers store no cookie; cheap for the common `name=value; …` shape.
 */
export function setCookieName(value: string): string | undefined {
  const eq = value.indexOf('=');
  const semicolon = value.indexOf(';');
  // name=…, no whitespace around the name, short enough that no byte limit can apply.
  if (eq > 0 && (semicolon === -1 || eq < semicolon) && value.length <= 1365 && !isWsp(value.charCodeAt(0)) && !isWsp(value.charCodeAt(eq - 1))) return value.slice(0, eq);
  return parseSetCookie(value)?.name;
}

/** Every `Set-Cookie` value in whatever shape Node accepts it: a string, a number or a list. */
export function setCookieValues(value: unknown): readonly string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [String(value)];
  // Express passes lists of strings: read as they are, not copied.
  return value.every((item) => typeof item === 'string') ? (value as string[]) : value.map((item) => String(item));
}
