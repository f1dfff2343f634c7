import { describe, expect, it } from 'vitest';
import { createListMatcher } from './list-matcher';
import { createNameMatcher } from './name-matcher';
import { createMatcher } from './matcher';
import type { CatalogEntry, CookieDefinition } from './types';

const item = (fields: Partial<CookieDefinition>): CookieDefinition => ({
  category: 'analytics',
  purpose: { en: 'test' },
  duration: 'session',
  party: 'first',
  storage: 'cookie',
  ...fields,
});

const entry = (id: string, cookies: CookieDefinition[]): CatalogEntry => ({
  id,
  name: id,
  website: 'https://example.com',
  kind: 'technology',
  services: ['analytics'],
  dataCategories: [],
  description: { en: id },
  sources: [{ url: 'https://example.com', checked: '2026-11-23' }],
  cookies,
});

const matcher = createMatcher([
  entry('broad', [item({ pattern: 'ppms_privacy_*' }), item({ pattern: '*_csrf', category: 'necessary' })]),
  entry('narrow', [item({ pattern: 'ppms_privacy_bar_*', category: 'necessary' })]),
  entry('exact', [item({ name: 'ppms_privacy_bar_x', category: 'marketing' }), item({ name: 'dual' })]),
  entry('storage', [item({ name: 'dual', storage: 'localStorage', category: 'preferences' }), item({ pattern: 'hj_*', storage: 'localStorage' })]),
]);

describe('createMatcher', () => {
  it('prefers an exact name over any pattern', () => {
    expect(matcher.match('ppms_privacy_bar_x')?.entry.id).toBe('exact');
  });

  it('prefers the most specific pattern', () => {
    expect(matcher.match('ppms_privacy_bar_y')?.entry.id).toBe('narrow');
    expect(matcher.match('ppms_privacy_y')?.entry.id).toBe('broad');
  });

  it('matches patterns with a fixed end', () => {
    expect(matcher.match('form_csrf')?.cookie.category).toBe('necessary');
    expect(matcher.match('form_csrf_no')).toBeUndefined();
  });

  it('is case-sensitive', () => {
    expect(matcher.match('PPMS_PRIVACY_x')).toBeUndefined();
  });

  it('prefers cookies, or the storage asked for', () => {
    expect(matcher.match('dual')?.cookie.storage).toBe('cookie');
    expect(matcher.match('dual', { storage: 'localStorage' })?.cookie.category).toBe('preferences');
    expect(matcher.match('hj_x', { storage: 'cookie' })).toBeUndefined();
    expect(matcher.match('hj_x')?.cookie.storage).toBe('localStorage');
  });

  it('returns nothing for unknown, empty, huge and odd names without throwing', () => {
    for (const name of ['', 'nope', 'x'.repeat(10_000), 'ppms_privacy_'.repeat(800), '\u0000', '🍪_csrf', '\ud800', '__proto__', 'constructor']) {
      expect(() => matcher.match(name)).not.toThrow();
    }
    expect(matcher.match('nope')).toBeUndefined();
    expect(matcher.match('__proto__')).toBeUndefined();
    expect(matcher.match('🍪_csrf')?.entry.id).toBe('broad');
  });
});

describe('shared items', () => {
  const origin = entry('origin', [item({ pattern: '_pk_id.*', sharedWith: ['fork'] }), item({ name: '_pk_ses', sharedWith: ['fork'] })]);
  const fork = entry('fork', [item({ pattern: '_pk_id.*', sharedWith: ['origin'] }), item({ name: '_pk_ses', sharedWith: ['origin'] })]);

  it.each([
    ['createMatcher', createMatcher],
    ['createListMatcher', createListMatcher],
    ['createNameMatcher', createNameMatcher],
  ])('%s gives a shared item to the entry whose id sorts first, whatever the order', (_, create) => {
    for (const entries of [[origin, fork], [fork, origin]]) {
      const matcher = create(entries);
      for (const name of ['_pk_id.8506966f', '_pk_ses']) {
        const match = matcher.match(name);
        expect(match?.entry.id).toBe('fork');
        expect(match?.cookie.sharedWith).toEqual(['origin']);
      }
    }
  });
});

describe('domain-bound items', () => {
  const adTech = entry('ad-tech', [
    item({ name: 'uid', domain: '.adtech.example', party: 'third', category: 'marketing' }),
    item({ name: 'IDE', domain: '.doubleclick.net', party: 'third', category: 'marketing' }),
    item({ pattern: 'c*', domain: 'px.adtech.example', party: 'third', category: 'marketing' }),
  ]);
  const other = entry('other-ad', [item({ name: 'uid', domain: 'other.example', party: 'third', category: 'marketing' })]);
  const framework = entry('framework', [item({ name: 'IDE', category: 'necessary' }), item({ name: 'cart', category: 'necessary' }), item({ pattern: 'cx*', category: 'necessary' })]);

  it.each([
    ['createMatcher', createMatcher],
    ['createListMatcher', createListMatcher],
  ])('%s matches a bound item on its domain and subdomains only', (_, create) => {
    const matcher = create([adTech, other]);
    for (const domain of ['adtech.example', '.adtech.example', 'ADTECH.example.', 'x.y.adtech.example']) {
      expect(matcher.match('uid', { domain })?.entry.id).toBe('ad-tech');
    }
    expect(matcher.match('uid', { domain: 'other.example' })?.entry.id).toBe('other-ad');
    for (const domain of ['shop.example', 'notadtech.example', 'adtech.example.evil', 'example']) {
      expect(matcher.match('uid', { domain })).toBeUndefined();
    }
    expect(matcher.match('c123', { domain: 'px.adtech.example' })?.entry.id).toBe('ad-tech');
    expect(matcher.match('c123', { domain: 'adtech.example' })).toBeUndefined();
  });

  it.each([
    ['createMatcher', createMatcher],
    ['createListMatcher', createListMatcher],
  ])('%s never claims a generic bound name without a domain, but a distinctive one', (_, create) => {
    const matcher = create([adTech, other]);
    for (const options of [undefined, {}, { domain: '' }, { domain: '.' }, { storage: 'cookie' as const }]) {
      expect(matcher.match('uid', options)).toBeUndefined();
      expect(matcher.match('c123', options)).toBeUndefined();
      expect(matcher.match('IDE', options)?.entry.id).toBe('ad-tech');
    }
  });

  it.each([
    ['createMatcher', createMatcher],
    ['createListMatcher', createListMatcher],
  ])('%s prefers a bound item on its domain, and an unbound one without a domain', (_, create) => {
    for (const entries of [[adTech, framework], [framework, adTech]]) {
      const matcher = create(entries);
      expect(matcher.match('IDE', { domain: 'ad.doubleclick.net' })?.entry.id).toBe('ad-tech');
      expect(matcher.match('IDE', { domain: 'shop.example' })?.entry.id).toBe('framework');
      expect(matcher.match('IDE')?.entry.id).toBe('framework');
      // An exact name still beats a pattern, bound or not.
      expect(matcher.match('cart', { domain: 'px.adtech.example' })?.entry.id).toBe('framework');
      // Among patterns, the bound one on its domain beats a more specific unbound one.
      expect(matcher.match('cxyz', { domain: 'px.adtech.example' })?.entry.id).toBe('ad-tech');
      expect(matcher.match('cxyz', { domain: 'shop.example' })?.entry.id).toBe('framework');
      expect(matcher.match('cxyz')?.entry.id).toBe('framework');
      expect(matcher.match('c1', { domain: 'shop.example' })).toBeUndefined();
    }
  });
});

describe('a site\'s own items bound to its own domain', () => {
  it.each([
    ['createMatcher', createMatcher],
    ['createListMatcher', createListMatcher],
  ])('%s matches them by name, generic or not, and ahead of vendors\' bound items', (_, create) => {
    const vendor = entry('vendor', [item({ name: 'lang', domain: '.vendor.example', party: 'third', category: 'marketing' }), item({ name: 'pref', domain: '.vendor.example', party: 'third' })]);
    const own = entry('', [item({ name: 'lang', domain: '.shop.example', category: 'preferences' }), item({ name: 'pref', domain: 'shop.example', category: 'preferences' })]);
    for (const entries of [[vendor, own], [own, vendor]]) {
      const matcher = create(entries);
      expect(matcher.match('lang')?.entry.id).toBe('');
      expect(matcher.match('pref')?.entry.id).toBe('');
      expect(matcher.match('lang', { domain: 'www.shop.example' })?.entry.id).toBe('');
      expect(matcher.match('lang', { domain: 'px.vendor.example' })?.entry.id).toBe('vendor');
      expect(matcher.match('lang', { domain: 'other.example' })).toBeUndefined();
    }
  });
});

describe('createListMatcher', () => {
  it('gives the same answers as createMatcher on the real catalog, with and without domains', async () => {
    const fc = (await import('fast-check')).default;
    const { catalog } = await import('../src/generated/all');
    const trie = createMatcher(catalog);
    const list = createListMatcher(catalog);
    const known = catalog.flatMap((e) => e.cookies.map((c) => c.name ?? (c.pattern ?? '').replace('*', 'x1')));
    const names = fc.oneof(fc.constantFrom(...known), fc.constantFrom(...known).chain((k) => fc.string().map((s) => k + s)), fc.string());
    const storages = fc.constantFrom(undefined, 'cookie' as const, 'localStorage' as const);
    const bound = catalog.flatMap((e) => e.cookies.flatMap((c) => (c.domain === undefined ? [] : [c.domain])));
    const domains = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom(...bound),
      fc.tuple(fc.constantFrom('www.', 'a.b.', 'x', ''), fc.constantFrom(...bound)).map(([sub, domain]) => `${sub}${domain.replace(/^\./, '')}`),
      fc.domain(),
      fc.string(),
    );
    fc.assert(
      fc.property(names, storages, domains, (name, storage, domain) => {
        const options = { ...(storage === undefined ? {} : { storage }), ...(domain === undefined ? {} : { domain }) };
        expect(list.match(name, options)?.cookie).toBe(trie.match(name, options)?.cookie);
      }),
      { numRuns: 3000 },
    );
  }, 60_000);
});

describe('createNameMatcher', () => {
  it('gives the same answers as createMatcher without a domain on the real catalog', async () => {
    const fc = (await import('fast-check')).default;
    const { catalog } = await import('../src/generated/all');
    const trie = createMatcher(catalog);
    const byName = createNameMatcher(catalog);
    const known = catalog.flatMap((e) => e.cookies.map((c) => c.name ?? (c.pattern ?? '').replace('*', 'x1')));
    const names = fc.oneof(fc.constantFrom(...known), fc.constantFrom(...known).chain((k) => fc.string().map((s) => k + s)), fc.string());
    const storages = fc.constantFrom(undefined, 'cookie' as const, 'localStorage' as const);
    fc.assert(
      fc.property(names, storages, (name, storage) => {
        const options = storage === undefined ? undefined : { storage };
        expect(byName.match(name, options)?.cookie).toBe(trie.match(name, options)?.cookie);
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('never claims a generic bound name, and ranks a distinctive one after unbound items', () => {
    const adTech = entry('ad-tech', [item({ name: 'uid', domain: '.adtech.example', party: 'third', category: 'marketing' }), item({ name: 'IDE', domain: '.doubleclick.net', party: 'third', category: 'marketing' })]);
    const framework = entry('framework', [item({ name: 'IDE', category: 'necessary' })]);
    expect(createNameMatcher([adTech]).match('uid')).toBeUndefined();
    expect(createNameMatcher([adTech]).match('IDE')?.entry.id).toBe('ad-tech');
    for (const entries of [[adTech, framework], [framework, adTech]]) expect(createNameMatcher(entries).match('IDE')?.entry.id).toBe('framework');
  });
});
