import { google, googleAds, hotjar, piwikPro, stripe } from '@kakor/catalog';
import { describe, expect, it } from 'vitest';
import { createConsentState, decide, defineSite, needsConsent, siteMatcher, toGoogleConsentMode, type ConsentChoice } from '../src';
import { day, stickySession, t0, testSite } from './fixtures';

const site = testSite();
const granted = (categories: ConsentChoice['categories'], extra: ConsentChoice = {}) =>
  createConsentState(site, { categories, now: t0, source: 'banner', ...extra });
const at = { now: t0 + day };

describe('defineSite', () => {
  it('gives the same fingerprint for the same declarations, in any order', () => {
    expect(testSite().fingerprint).toBe(site.fingerprint);
    const a = defineSite({ processors: [piwikPro, stripe] });
    const b = defineSite({ processors: [stripe, piwikPro] });
    expect(a.fingerprint).toBe(b.fingerprint);
  });

  it('changes the fingerprint when a processor, a category or the revision changes', () => {
    const base = defineSite({ processors: [piwikPro, stripe], cookies: [stickySession] });
    const fingerprints = [
      base.fingerprint,
      defineSite({ processors: [piwikPro, stripe, hotjar], cookies: [stickySession] }).fingerprint,
      defineSite({ processors: [piwikPro, stripe], cookies: [{ ...stickySession, category: 'analytics' }] }).fingerprint,
      defineSite({ processors: [piwikPro, stripe], cookies: [stickySession], revision: 2 }).fingerprint,
    ];
    expect(new Set(fingerprints).size).toBe(4);
  });

  it('refuses bad definitions with a clear message', () => {
    expect(() => defineSite({ processors: [stripe, stripe] })).toThrow('the processor "stripe" is listed twice');
    expect(() => defineSite({ processors: [stripe], maxAgeDays: 0 })).toThrow('`maxAgeDays` must be a positive number of days, received 0');
    expect(() => defineSite({ processors: undefined as never })).toThrow('`processors` must be a list');
  });

  it('lasts 12 months by default', () => {
    expect(site.maxAgeMs).toBe(365 * day);
    expect(granted({}).expiresAt - t0).toBe(365 * day);
  });
});

describe('siteMatcher', () => {
  it('finds the site\'s own cookies (entry id \'\') and its processors\', built once per site', () => {
    const own = defineSite({ processors: [piwikPro, stripe], cookies: [stickySession] });
    expect(siteMatcher(own).match('stickySession')?.entry.id).toBe('');
    expect(siteMatcher(own).match('kakor_consent')?.cookie.category).toBe('necessary');
    expect(siteMatcher(own).match('_pk_id.8506966f')?.entry.id).toBe('piwik-pro');
    expect(siteMatcher(own).match('_pk_id.8506966f', { storage: 'localStorage' })).toBeUndefined();
    expect(siteMatcher(own).match('_hjSessionUser_1')).toBeUndefined();
    expect(siteMatcher(own)).toBe(siteMatcher(own));
  });
});

describe('decide', () => {
  it('always allows necessary cookies, the consent cookie among them', () => {
    for (const name of ['__stripe_mid', 'stickySession', 'kakor_consent', 'ppms_privacy_abc']) {
      expect(decide(site, null, name, at)).toMatchObject({ allowed: true, reason: 'necessary', category: 'necessary' });
    }
  });

  it('fails closed without consent', () => {
    expect(decide(site, null, '_pk_id.abc', at)).toMatchObject({ allowed: false, reason: 'no-consent', category: 'analytics', processor: 'piwik-pro' });
    expect(decide(site, undefined, '_fbp', at)).toMatchObject({ allowed: false, reason: 'no-consent' });
  });

  it('follows the categories granted and denied', () => {
    const state = granted({ analytics: true });
    expect(decide(site, state, '_pk_id.abc', at)).toMatchObject({ allowed: true, reason: 'granted' });
    expect(decide(site, state, '_fbp', at)).toMatchObject({ allowed: false, reason: 'denied', category: 'marketing', processor: 'meta' });
    expect(decide(site, state, 'theme', { ...at, storage: 'localStorage' })).toMatchObject({ allowed: false, reason: 'denied', category: 'preferences' });
    expect(decide(site, state, 'theme', at).processor).toBeUndefined();
  });

  it('lets a per-processor choice override its category both ways', () => {
    const state = granted({ analytics: true }, { processors: { hubspot: false, meta: true } });
    expect(decide(site, state, '__hstc', at)).toMatchObject({ allowed: false, reason: 'denied' });
    expect(decide(site, state, '_pk_id.x', at).allowed).toBe(true);
    expect(decide(site, state, '_fbp', at)).toMatchObject({ allowed: true, reason: 'granted' });
  });

  it('refuses consent past its lifetime or given under another fingerprint', () => {
    const state = granted({ analytics: true });
    expect(decide(site, state, '_pk_id.x', { now: state.expiresAt })).toMatchObject({ allowed: false, reason: 'expired' });
    const changed = testSite({ revision: 'v2' });
    expect(decide(changed, state, '_pk_id.x', at)).toMatchObject({ allowed: false, reason: 'changed' });
    expect(decide(changed, state, '__stripe_mid', at).allowed).toBe(true);
  });

  it('refuses unknown cookies unless the site allows them', () => {
    expect(decide(site, granted({ analytics: true, marketing: true, preferences: true }), 'mystery', at)).toEqual({ allowed: false, reason: 'unknown' });
    expect(decide(testSite({ allowUnknown: true }), null, 'mystery', at)).toEqual({ allowed: true, reason: 'unknown' });
  });

  it('never claims a generic name bound to a vendor\'s domain for the site\'s own cookie', () => {
    // Google's SID lives on .google.com; a site's own SID is not Google's, and its own bound `lang` is its own.
    const lang = { name: 'lang', category: 'preferences', duration: 'P1Y', party: 'first', storage: 'cookie', domain: '.shop.example', purpose: { en: 'Language.' } } as const;
    const withGoogle = defineSite({ processors: [google, googleAds], cookies: [lang] });
    const all = createConsentState(withGoogle, { categories: { analytics: true, marketing: true, preferences: true }, now: t0, source: 'banner' });
    expect(decide(withGoogle, all, 'SID', at)).toEqual({ allowed: false, reason: 'unknown' });
    expect(decide(withGoogle, all, 'lang', at)).toMatchObject({ allowed: true, category: 'preferences' });
    expect(decide(withGoogle, null, 'lang', at)).toMatchObject({ allowed: false, reason: 'no-consent', category: 'preferences' });
    // A distinctive vendor name is still the vendor's: DoubleClick's IDE stays marketing.
    expect(decide(withGoogle, null, 'IDE', at)).toMatchObject({ allowed: false, reason: 'no-consent', category: 'marketing', processor: 'google-ads' });
  });

  it('does not read inherited properties as processor choices', () => {
    const state = { ...granted({}), processors: JSON.parse('{"__proto__": {"meta": true}}') as Record<string, boolean> };
    expect(decide(site, state, '_fbp', at).allowed).toBe(false);
    expect(({} as Record<string, unknown>).meta).toBeUndefined();
  });
});

describe('Global Privacy Control', () => {
  const all = { preferences: true, analytics: true, marketing: true };

  it('honours GPC by default: marketing is denied, analytics is not', () => {
    const state = granted(all, { source: 'api' });
    expect(decide(site, state, '_fbp', { ...at, gpc: true })).toMatchObject({ allowed: false, reason: 'gpc' });
    expect(decide(site, state, '_pk_id.x', { ...at, gpc: true }).allowed).toBe(true);
    expect(decide(site, state, '_fbp', { ...at, gpc: false }).allowed).toBe(true);
  });

  it('lets a visitor grant marketing explicitly while GPC is on', () => {
    const state = granted(all, { gpc: true, source: 'banner' });
    expect(decide(site, state, '_fbp', { ...at, gpc: true })).toMatchObject({ allowed: true, reason: 'granted' });
  });

  it('uses the GPC recorded with the consent when the request says nothing', () => {
    const state = granted(all, { gpc: true, source: 'api' });
    expect(decide(site, state, '_fbp', at)).toMatchObject({ allowed: false, reason: 'gpc' });
  });

  it('can also deny analytics, or ignore the signal', () => {
    const state = granted(all, { source: 'api' });
    const strict = testSite({ gpc: 'deny-analytics' });
    const strictState = { ...state, fingerprint: strict.fingerprint };
    expect(decide(strict, strictState, '_pk_id.x', { ...at, gpc: true })).toMatchObject({ allowed: false, reason: 'gpc' });
    const ignoring = testSite({ gpc: 'ignore' });
    expect(decide(ignoring, { ...state, fingerprint: ignoring.fingerprint }, '_fbp', { ...at, gpc: true }).allowed).toBe(true);
  });
});

describe('needsConsent', () => {
  it('asks when there is no consent, when it lapsed and when the site changed', () => {
    const state = granted({ analytics: true });
    expect(needsConsent(site, null, t0)).toBe('no-consent');
    expect(needsConsent(site, state, t0 + day)).toBe(false);
    expect(needsConsent(site, state, t0 + 365 * day)).toBe('expired');
    expect(needsConsent(testSite({ processors: [stripe] }), state, t0 + day)).toBe('changed');
  });
});

describe('toGoogleConsentMode', () => {
  it('gives all seven Consent Mode v2 signals', () => {
    expect(toGoogleConsentMode(site, null, at)).toEqual({
      security_storage: 'granted',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      analytics_storage: 'denied',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
  });

  it('maps each category to its signals, and GPC to denied ads', () => {
    const state = granted({ preferences: true, marketing: true }, { source: 'api' });
    expect(toGoogleConsentMode(site, state, at)).toMatchObject({ functionality_storage: 'granted', personalization_storage: 'granted', analytics_storage: 'denied', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
    expect(toGoogleConsentMode(site, state, { ...at, gpc: true })).toMatchObject({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', functionality_storage: 'granted' });
  });
});
