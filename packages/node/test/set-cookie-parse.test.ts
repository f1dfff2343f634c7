import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSetCookie, setCookieName } from '../src/set-cookie-parse';

describe('parseSetCookie reads names and deletions as RFC 6265bis and Chromium do', () => {
  it.each([
    ['a=1; Path=/', { name: 'a', path: '/', deletes: false }],
    [' spaced = 1 ', { name: 'spaced', deletes: false }],
    ['\u00a0sticky=1', { name: '\u00a0sticky', deletes: false }],
    ['novalue', { name: '', deletes: false }],
    ['=x', { name: '', deletes: false }],
    ['', undefined],
    [';;;', undefined],
    ['_ga=; Max-Age=0; Path=/', { name: '_ga', path: '/', deletes: true }],
    ['_ga=1; max-age=-5', { name: '_ga', deletes: true }],
    [`_ga=1; Max-Age=${'0'.repeat(1000)}`, { name: '_ga', deletes: true }],
    [`_ga=1; Max-Age=${'0'.repeat(1025)}`, { name: '_ga', deletes: false }],
    ['_ga=1; Max-Age=3600; Expires=Thu, 01 Jan 1970 00:00:00 GMT', { name: '_ga', deletes: false }],
    ['_ga=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT', { name: '_ga', deletes: true }],
    ['_ga=1; Expires=Thu, 01 Jan 70 00:00:00 GMT', { name: '_ga', deletes: true }],
    ['_ga=1; Expires=Fri, 01 Jan 49 00:00:00 GMT', { name: '_ga', deletes: false }],
    ['_ga=1; Expires=1970', { name: '_ga', deletes: false }],
    ['_ga=1; Expires=0', { name: '_ga', deletes: false }],
    ['_ga=1; Expires=Fri, 01 Jan 2100 00:00:00 GMT', { name: '_ga', deletes: false }],
    ['_ga=1; Max-Age=soon', { name: '_ga', deletes: false }],
    ['_ga=1; Domain=.Example.SE; Path=/a; Path=/b', { name: '_ga', domain: '.example.se', path: '/b', deletes: false }],
    ['_ga=1; Path=relative', { name: '_ga', deletes: false }],
    [`_ga=${'v'.repeat(4094)}`, undefined],
  ])('%j', (value, expected) => {
    expect(parseSetCookie(value, Date.UTC(2026, 11, 1))).toEqual(expected);
  });

  it('setCookieName agrees with parseSetCookie on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '=', ';', ' ', '\t', '\u00a0', '_', 'x'), maxLength: 40 }), (value) => {
        expect(setCookieName(value)).toBe(parseSetCookie(value)?.name);
      }),
      { numRuns: 5000 },
    );
  });

  it('never throws and stays linear on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '=', ';', ' ', '\t', '\u00a0', 'M', 'x', '-', '0', 'E', ',') , maxLength: 5000 }), (value) => {
        const cookie = parseSetCookie(value);
        if (cookie !== undefined) expect(typeof cookie.name).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });
});
