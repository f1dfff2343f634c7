import { parse } from 'cookie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCookieHeader } from '../src/request-cookies';

// readCookieHeader stands in for the `cookie` package's parse on every request: it must read
// the same names, and the same consent value, for any header whatever.
const wanted = 'kakor_consent';

function byParse(header: string) {
  const cookies = parse(header);
  return { names: Object.keys(cookies).sort(), value: cookies[wanted] };
}

function byReader(header: string) {
  const { names, value } = readCookieHeader(header, wanted);
  return { names: [...names].sort(), value };
}

const piece = fc.oneof(
  fc.constantFrom(wanted, ' ', '\t', '=', ';', '; ', '%', '%41', '%E0%A4%A', '"', '\u00a0', '\u0000', '_ga', 'a', '1', '__proto__', 'constructor', 'x=y', '=v', ';;'),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''));
const pair = fc.tuple(fc.oneof(fc.constant(wanted), fc.constant(` ${wanted}\t`), text), fc.constantFrom('=', ' = ', '', '=='), text).map((parts) => parts.join(''));
const pairs = fc.tuple(fc.array(pair, { maxLength: 12 }), fc.constantFrom(';', '; ', ' ;', ';;')).map(([list, separator]) => list.join(separator));
const header = fc.oneof(pairs, fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

describe('readCookieHeader', () => {
  it('reads the names and the consent value as cookie.parse does, for any header', () => {
    fc.assert(
      fc.property(header, (text) => {
        expect(byReader(text)).toEqual(byParse(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads a header of thousands of distinct and repeated names in bounded time, each name once', () => {
    const names = Array.from({ length: 6000 }, (_, i) => `c${String(i % 3000)}=v`);
    const { names: read } = readCookieHeader(names.join(';'), wanted);
    expect(read).toHaveLength(3000);
    expect(new Set(read).size).toBe(3000);
  });

  it('reads nothing from a header over 64 kB, and keeps the order names come in', () => {
    expect(readCookieHeader(`a=${'x'.repeat(70_000)}`, 'a')).toEqual({ names: [], value: undefined });
    expect(readCookieHeader('z=1; 1=2; a=3', 'a')).toEqual({ names: ['z', '1', 'a'], value: '3' });
  });
});
