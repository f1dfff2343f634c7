import { matchesPattern, piwikPro, stripe, type CookieDefinition } from '@kakor/catalog';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineSite } from '../src';
import { consentFromCategories, patternToRegExp, toC15tClearOnRevocation, toCookieConsentCategories, toKlaroServices } from '../src/interop';
import { stickySession, testSite, themeCookie } from './fixtures';

const site = testSite();
const own = (overrides: Partial<CookieDefinition> & Pick<CookieDefinition, 'category'>): CookieDefinition => ({
  duration: 'session',
  party: 'first',
  storage: 'cookie',
  purpose: { en: 'A test item.' },
  ...overrides,
});
// The site's own items in every scope the emitters treat differently.
const scoped = defineSite({
  processors: [piwikPro, stripe],
  cookies: [
    stickySession,
    own({ name: 'cart', category: 'preferences', path: '/shop' }),
    own({ name: 'ab', category: 'analytics', domain: '.example.se' }),
    own({ pattern: '*_visit', category: 'analytics' }),
    own({ name: 'ab_seen', category: 'analytics', storage: 'localStorage' }),
    own({ name: 'ab_tab', category: 'analytics', storage: 'sessionStorage' }),
    own({ name: 'ab_db', category: 'analytics', storage: 'indexedDB' }),
    own({ name: 'partner', category: 'marketing', party: 'third', domain: '.partner.example' }),
  ],
});

describe('patternToRegExp', () => {
  it('anchors and escapes', () => {
    expect(patternToRegExp('_ga_*')).toEqual(/^_ga_.*$/);
    expect(patternToRegExp('_pk_id.*')).toEqual(/^_pk_id\..*$/);
    expect(patternToRegExp('*_session')).toEqual(/^.*_session$/);
    expect(patternToRegExp('_pk_id.*').test('_pk_idXabc')).toBe(false);
  });

  it('matches exactly the names the catalog matcher matches', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '.', '_', '-', '$', '(', '^'), maxLength: 6 });
    const pattern = fc.array(text, { minLength: 2, maxLength: 4 }).map((parts) => parts.join('*'));
    fc.assert(fc.property(pattern, text, (p, name) => patternToRegExp(p).test(name) === matchesPattern(p, name)));
  });
});

describe('toCookieConsentCategories', () => {
  const categories = toCookieConsentCategories(site);

  it('makes necessary read-only and lists each optional category the site uses', () => {
    expect(Object.keys(categories)).toEqual(['necessary', 'preferences', 'analytics', 'marketing']);
    expect(categories.necessary).toEqual({ enabled: true, readOnly: true });
    expect(toCookieConsentCategories(defineSite({ processors: [stripe] }))).toEqual({ necessary: { enabled: true, readOnly: true } });
  });

  it('lists first-party cookies only: names as strings, patterns as anchored RegExps, each with its path', () => {
    const analytics = categories.analytics?.autoClear?.cookies ?? [];
    expect(analytics).toContainEqual({ name: /^_pk_id\..*$/, path: '/' });
    expect(analytics).toContainEqual({ name: '_ga', path: '/' });
    const marketing = categories.marketing?.autoClear?.cookies.map((cookie) => cookie.name);
    expect(marketing).toEqual(['_fbp', '_fbc', /^_gac_.*$/]); // not Meta's `fr` on .facebook.com
    expect(JSON.stringify(categories.preferences)).not.toContain('theme'); // localStorage
  });

  it('keeps the catalog domain and path, and lists each cookie once', () => {
    const items = toCookieConsentCategories(scoped);
    expect(items.preferences?.autoClear?.cookies).toEqual([{ name: 'cart', path: '/shop' }]);
    expect(items.analytics?.autoClear?.cookies).toContainEqual({ name: 'ab', path: '/', domain: '.example.se' });
    expect(items.analytics?.autoClear?.cookies).toContainEqual({ name: /^.*_visit$/, path: '/' });
    expect(items.marketing).toEqual({ autoClear: { cookies: [] } });
    const names = (categories.analytics?.autoClear?.cookies ?? []).map((cookie) => String(cookie.name));
    expect(new Set(names).size).toBe(names.length);
  });

  it('adds services per processor, and a parent domain as a second entry', () => {
    const withServices = toCookieConsentCategories(site, { services: true, cookieDomain: '.example.se' });
    expect(withServices.necessary.services?.stripe).toEqual({ label: 'Stripe' });
    expect(withServices.marketing?.services?.meta).toEqual({
      label: 'Meta (Facebook) Pixel',
      cookies: [
        { name: '_fbp', path: '/' },
        { name: '_fbp', path: '/', domain: '.example.se' },
        { name: '_fbc', path: '/' },
        { name: '_fbc', path: '/', domain: '.example.se' },
      ],
    });
    expect(Object.keys(withServices.analytics?.services ?? {})).toEqual(['piwik-pro', 'hubspot', 'google-analytics']);
  });
});

describe('toKlaroServices', () => {
  // Klaro ships no types; the shape follows its annotated config, klaro/dist/config.js (0.7.22).
  const services = toKlaroServices(site);

  it('gives one service per processor, named by id, required when all it sets is necessary', () => {
    expect(services.map((service) => service.name)).toEqual(['piwik-pro', 'meta', 'stripe', 'hubspot', 'google-analytics', 'youtube', 'site-preferences']);
    expect(services.find((service) => service.name === 'stripe')).toEqual({ name: 'stripe', title: 'Stripe', purposes: ['necessary'], cookies: [], required: true, default: false });
    expect(services.find((service) => service.name === 'meta')).toEqual({ name: 'meta', title: 'Meta (Facebook) Pixel', purposes: ['marketing'], cookies: ['_fbp', '_fbc'], required: false, default: false });
  });

  it('lists only optional first-party cookies, so turning a service off keeps its necessary ones', () => {
    const piwik = services.find((service) => service.name === 'piwik-pro');
    expect(piwik).toMatchObject({ title: 'Piwik PRO', purposes: ['analytics'], required: false, default: false });
    expect(piwik?.cookies).toContainEqual(/^_pk_id\..*$/);
    expect(piwik?.cookies).not.toContainEqual(/^ppms_privacy_.*$/); // necessary
    expect(services.find((service) => service.name === 'hubspot')?.purposes).toEqual(['preferences', 'analytics']);
  });

  it('gives [name, path] or [name, path, domain] outside the default scope, and the site its own services', () => {
    const klaro = toKlaroServices(scoped);
    expect(klaro.find((service) => service.name === 'site-preferences')).toEqual({ name: 'site-preferences', purposes: ['preferences'], cookies: [['cart', '/shop']], required: false, default: false });
    expect(klaro.find((service) => service.name === 'site-analytics')?.cookies).toEqual([['ab', '/', '.example.se'], /^.*_visit$/]);
    expect(klaro.find((service) => service.name === 'site-marketing')?.cookies).toEqual([]);
    expect(toKlaroServices(site, { cookieDomain: '.example.se' }).find((service) => service.name === 'meta')?.cookies).toEqual([
      ['_fbp', '/', '.example.se'],
      ['_fbc', '/', '.example.se'],
    ]);
  });

  it('makes a name that starts with ^ a RegExp, as Klaro would read it as one', () => {
    const odd = defineSite({ processors: [], cookies: [own({ name: '^odd.1', category: 'analytics' })] });
    expect(toKlaroServices(odd)[0]?.cookies).toEqual([/^\^odd\.1$/]);
  });
});

describe('toC15tClearOnRevocation', () => {
  const piwikCookies = ['_pk_id.*', '_pk_ses.*', '_pk_ref.*', '_pk_cvar*', 'stg_traffic_source_priority', 'stg_last_interaction', 'stg_returning_visitor', 'stg_fired_*', 'stg_utm_campaign', 'stg_pk_campaign', 'stg_externalReferrer'];

  it('maps categories to c15t and keeps exact names and trailing-star patterns, cookies and storage keys', () => {
    const config = toC15tClearOnRevocation(defineSite({ processors: [piwikPro, stripe], cookies: [stickySession, themeCookie] }));
    expect(config).toEqual({
      functionality: { localStorage: ['theme'] },
      measurement: { cookies: piwikCookies, localStorage: ['ppms_webstorage'] },
    });
  });

  it('keeps domain and path, and leaves out what c15t cannot match (*_visit) or reach (third party, IndexedDB)', () => {
    expect(toC15tClearOnRevocation(scoped)).toEqual({
      functionality: { cookies: [{ name: 'cart', path: '/shop' }] },
      measurement: { cookies: [{ name: 'ab', domain: '.example.se' }, ...piwikCookies], localStorage: ['ab_seen', 'ppms_webstorage'], sessionStorage: ['ab_tab'] },
    });
  });
});

describe('consentFromCategories', () => {
  it('grants the named categories and denies the rest, with per-processor overrides', () => {
    const state = consentFromCategories(site, ['necessary', 'analytics', 'unknown'], { hubspot: false });
    expect(state.categories).toEqual({ preferences: false, analytics: true, marketing: false });
    expect(state.processors).toEqual({ hubspot: false });
    expect(state.fingerprint).toBe(site.fingerprint);
  });
});
