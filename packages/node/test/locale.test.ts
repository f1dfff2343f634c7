import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import express from 'express';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentFetchHandler, consentMiddleware, parseChoice, type ConsentRecord } from '../src';
import { acceptedLanguages, matchLocale, maxAcceptLanguageLength, maxLanguageRanges, negotiateLocale } from '../src/locale';
import { listen, secret, site } from './helpers';

const locales = ['sv', 'en', 'nb'];

describe('Accept-Language', () => {
  it('orders ranges by quality, ties in the order sent, and drops q=0', () => {
    expect(acceptedLanguages('de-DE, nb;q=0.8, en;q=0.8 , sv;q=0, *;q=0.1')).toEqual(['de-DE', 'nb', 'en', '*']);
    expect(acceptedLanguages('en;Q=0.5,sv')).toEqual(['sv', 'en']);
  });

  it.each([
    ['a quality above 1', 'sv;q=2, nb'],
    ['a quality with four decimals', 'sv;q=0.0001, nb'],
    ['a quality that is not a number', 'sv;q=abc, nb'],
    ['an empty quality', 'sv;q=, nb'],
    ['a quality written twice', 'sv;q=0.5=1, nb'],
    ['an exponent', 'sv;q=1e0, nb'],
    ['a malformed tag', 'sv_SE, s, nb'],
  ])('skips an entry with %s', (_, header) => {
    expect(acceptedLanguages(header)).toEqual(['nb']);
    expect(negotiateLocale(header, locales)).toBe('nb');
  });

  it('reads at most the first characters and ranges of a hostile header', () => {
    const padding = 'x-pad;q=0.5,'.repeat(Math.ceil(maxAcceptLanguageLength / 12) + 10);
    // The one acceptable range lies past the bound, so it is never read.
    expect(negotiateLocale(`${padding}nb`, locales)).toBeUndefined();
    expect(negotiateLocale(`nb,${padding}`, locales)).toBe('nb');
    const many = Array.from({ length: 5000 }, (_, i) => `en-x${String(i)};q=0.${String(i % 1000).padStart(3, '0')}`).join(',');
    expect(acceptedLanguages(many).length).toBeLessThanOrEqual(maxLanguageRanges);
    expect(acceptedLanguages(`${'a'.repeat(10_000_000)}, sv`)).toEqual([]);
    expect(acceptedLanguages(',;=;q=;,,,;;'.repeat(1000))).toEqual([]);
  });

  it('matches the site’s locales by tag, by dropping subtags, and by language', () => {
    expect(matchLocale('SV', locales)).toBe('sv');
    expect(matchLocale('sv-SE', locales)).toBe('sv');
    expect(matchLocale('nb-NO-x-oslo', locales)).toBe('nb');
    expect(matchLocale('sv', ['en-GB', 'sv-FI'])).toBe('sv-FI');
    expect(matchLocale('de', locales)).toBeUndefined();
    expect(negotiateLocale('*', locales)).toBe('sv');
    expect(negotiateLocale('de, fr', locales)).toBeUndefined();
  });

  it('never throws, and only ever picks one of the site’s locales', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fc.tuple(fc.constantFrom('sv', 'en-US', 'nb', 'de', '*', ''), fc.string({ maxLength: 8 })), { maxLength: 50 }).map((parts) => parts.map(([tag, q]) => `${tag};q=${q}`).join(','))), (header) => {
        const locale = negotiateLocale(header, locales);
        expect(locale === undefined || locales.includes(locale)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the locale a consent post names', () => {
  it.each([
    ['sv-SE', 'sv'],
    ['EN', 'en'],
    ['nb', 'nb'],
  ])('accepts %s as the site’s %s', (posted, stored) => {
    expect(parseChoice(site, JSON.stringify({ categories: {}, locale: posted }), locales)).toMatchObject({ locale: stored });
  });

  it.each([
    ['a locale the site does not show', 'de', 'unknown locale "de"; this site shows sv, en, nb'],
    ['an underscore', 'en_GB', 'found "en_GB"'],
    ['a number', 7, 'found number'],
    ['null', null, 'found null'],
    ['a long string', 'en-'.repeat(2000), 'found 6000 characters'],
  ])('refuses %s', (_, posted, message) => {
    const problem = parseChoice(site, JSON.stringify({ categories: {}, locale: posted }), locales);
    expect(problem).toContain(message);
    expect(String(problem).length).toBeLessThan(200);
  });
});

describe('the consent endpoint hands onConsent the visitor’s locale', () => {
  const records: ConsentRecord[] = [];
  let base = '';
  beforeAll(async () => {
    const app = express();
    app.use(consentMiddleware(site, { secret, locales, onConsent: (record) => void records.push(record) }));
    base = await listen(app);
  });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/kakor/consent`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base, ...headers }, body: JSON.stringify(body) });

  it('takes the posted locale first, then Accept-Language, then the site’s default', async () => {
    records.length = 0;
    for (const [body, acceptLanguage] of [
      [{ categories: {}, locale: 'nb' }, 'en'],
      [{ categories: {}, locale: 'en-GB' }, 'sv'],
      [{ categories: {} }, 'de-DE, nb-NO;q=0.9, en;q=0.5'],
      [{ categories: {} }, 'de, fr;q=0.5'],
      [{ categories: {} }, 'en;q=2, nb;q=nonsense'],
    ] as const) {
      expect((await post(body, { 'accept-language': acceptLanguage })).status).toBe(200);
    }
    expect(records.map((record) => record.locale)).toEqual(['nb', 'en', 'nb', 'sv', 'sv']);
  });

  it('refuses a bad locale with a 400 that says what to send, and records and sets nothing', async () => {
    records.length = 0;
    for (const locale of ['de', 'en_GB', 42, 'x'.repeat(300)]) {
      const response = await post({ categories: { analytics: true }, locale });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/locale/);
      expect(response.headers.getSetCookie()).toEqual([]);
    }
    expect(records).toEqual([]);
  });

  it('answers hostile Accept-Language headers with the default locale, never an error', async () => {
    records.length = 0;
    const hostile = [
      'en;q=0.1,'.repeat(1500), // thousands of ranges, under Node's 16 KB header limit
      `${'a'.repeat(15_000)}`,
      'sv;q=1.5, nb;q=-1, en;q=0x1, *;q=',
      ';;;,,,===;q;q=;',
      'nb\u00ff, sv\u00e5',
    ];
    for (const acceptLanguage of hostile) {
      const response = await post({ categories: {} }, { 'accept-language': acceptLanguage });
      expect(response.status).toBe(200);
    }
    expect(records.map((record) => record.locale)).toEqual(['en', 'sv', 'sv', 'sv', 'sv']);
  });

  it('refuses a locales option that is not a list of language tags, when the middleware is made', () => {
    expect(() => consentMiddleware(site, { locales: [] })).toThrow(/non-empty list/);
    expect(() => consentFetchHandler(site, () => new Response(), { locales: ['en_GB'] })).toThrow(/"en_GB", which is not a language tag/);
  });
});

describe('consentFetchHandler on a real server hands onConsent the locale', () => {
  const records: ConsentRecord[] = [];
  let base = '';
  let close: () => void = () => undefined;
  const handler = consentFetchHandler(site, () => new Response('page'), { secret, onConsent: (record) => void records.push(record) });
  beforeAll(async () => {
    const server = serve({ fetch: handler, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it('uses the posted locale, or Accept-Language among the default locales', async () => {
    records.length = 0;
    const post = (body: unknown, acceptLanguage: string) =>
      fetch(`${base}/kakor/consent`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base, 'accept-language': acceptLanguage }, body: JSON.stringify(body) });
    expect((await post({ categories: {}, locale: 'sv' }, 'nb')).status).toBe(200);
    expect((await post({ categories: {} }, 'nb-NO,nb;q=0.9,en;q=0.8')).status).toBe(200);
    expect((await post({ categories: {}, locale: 'fi' }, 'en')).status).toBe(400);
    expect(records.map((record) => record.locale)).toEqual(['sv', 'nb']);
  });

  it('reads only the start of an Accept-Language header of a megabyte, which no Node server would pass on', async () => {
    records.length = 0;
    // Fetch runtimes such as Deno or a worker may hand over headers Node's parser would refuse.
    const acceptLanguage = `${'de;q=0.9,'.repeat(120_000)}nb`;
    const response = await handler(
      new Request('http://127.0.0.1/kakor/consent', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1', 'accept-language': acceptLanguage }, body: '{"categories":{}}' }),
    );
    expect(response.status).toBe(200);
    expect(records.map((record) => record.locale)).toEqual(['en']);
  });
});
