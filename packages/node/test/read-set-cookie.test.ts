import fc from 'fast-check';
import { parseSetCookie } from 'set-cookie-parser';
import { describe, expect, it } from 'vitest';
import { readSetCookie } from '../src/set-cookie-filter';

describe('readSetCookie', () => {
  it.each([
    ['a=1; Path=/', 'a', false],
    [' spaced = 1 ', 'spaced', false],
    ['novalue', '', false],
    ['=x', '', false],
    ['', undefined, false],
    [';;;', undefined, false],
    ['_ga=; Max-Age=0; Path=/', '_ga', true],
    ['_ga=1; max-age=-5', '_ga', true],
    ['_ga=1; Max-Age=3600; Expires=Thu, 01 Jan 1970 00:00:00 GMT', '_ga', false],
    ['_ga=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT', '_ga', true],
    ['_ga=1; Expires=Fri, 01 Jan 2100 00:00:00 GMT', '_ga', false],
    ['_ga=1; Max-Age=soon', '_ga', false],
    ['_ga=1; Expires=nonsense', '_ga', false],
  ])('%j → %s, deletes: %s', (value, name, deletes) => {
    expect(readSetCookie(value)).toEqual({ name, deletes });
  });

  it('names cookies as set-cookie-parser does', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '_', '=', ';', ' ', '.', '-', 'M', 'x') });
    fc.assert(
      fc.property(text, (value) => {
        const [parsed] = parseSetCookie(value, { split: false, decodeValues: false, silent: true });
        expect(readSetCookie(value).name).toBe(parsed?.name);
      }),
      { numRuns: 3000 },
    );
  });
});
