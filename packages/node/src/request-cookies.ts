import { trimmedSlice } from './http-whitespace';

/** What the middleware reads from a request's `Cookie` header. */
export interface RequestCookies {
  /** The cookie names, each once, in the order the header gives them. */
  readonly names: readonly string[];
  /** The value of the one cookie asked for, if the header has it. */
  readonly value: string | undefined;
}

const maxCookieHeader = 64 * 1024;
/** Past this many names, repeats are looked up in a set rather than the list. */
const namesSearchedInList = 16;
const none: RequestCookies = { names: [], value: undefined };

function decode(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The names in a `Cookie` header and the value of one of them, read as the `cookie` package's
 * `parse` reads them (Express's cookie-parser uses it, so the app sees the same cookies): pairs
 * end at `;`, text without `=` is skipped, names and values lose surrounding SP and HTAB, a value
 * with `%` is URI-decoded, and the first of a repeated name wins. Written out because `parse`
 * builds an object of every value on every request, which costs more than twice this (measured)
 * and most of the garbage. Nothing for a header over 64 kB; never throws.
 */
export function readCookieHeader(header: string | undefined, wanted: string): RequestCookies {
  if (header === undefined || header.length < 2 || header.length > maxCookieHeader) return none;
  const names: string[] = [];
  let seen: Set<string> | undefined;
  let value: string | undefined;
  const length = header.length;
  let index = 0;
  do {
    const eq = header.indexOf('=', index);
    if (eq === -1) break;
    let end = header.indexOf(';', index);
    if (end === -1) end = length;
    if (eq > end) {
      // This pair has no `=`: go on from the pair that holds the one found.
      index = header.lastIndexOf(';', eq - 1) + 1;
      continue;
    }
    const name = trimmedSlice(header, index, eq);
    if (seen === undefined ? !names.includes(name) : !seen.has(name)) {
      names.push(name);
      if (seen !== undefined) seen.add(name);
      else if (names.length > namesSearchedInList) seen = new Set(names);
      if (name === wanted) value = decode(trimmedSlice(header, eq + 1, end));
    }
    index = end + 1;
  } while (index < length);
  return { names, value };
}
