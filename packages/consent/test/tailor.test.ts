import { piwikPro, stripe } from '@kakor/catalog';
import { piwikPro as piwikProRules } from '@kakor/catalog/rules';
import { describe, expect, it } from 'vitest';
import { createConsentState, decide, defineSite, tailorEntry } from '../src';

describe('tailorEntry', () => {
  it('keeps only the items a site uses, with its own lifetimes', () => {
    const piwik = tailorEntry(piwikPro, { only: ['_pk_id.*', '_pk_ses.*', 'ppms_privacy_*'], change: { '_pk_id.*': { duration: 'P12M' } } });
    expect(piwik.cookies.map((item) => item.pattern)).toEqual(['_pk_id.*', '_pk_ses.*', 'ppms_privacy_*']);
    expect(piwik.cookies[0]?.duration).toBe('P12M');
    expect(piwik.cookies[0]?.purpose).toEqual(piwikPro.cookies[0]?.purpose);
    expect(piwik.name).toBe('Piwik PRO');
    expect(piwikPro.cookies[0]?.duration).toBe('P13M');
  });

  it('drops items with except, and the site then refuses their names as unknown', () => {
    const site = defineSite({ processors: [tailorEntry(piwikPro, { except: ['_pk_ref.*'] })] });
    const state = createConsentState(site, { categories: { analytics: true } });
    expect(decide(site, state, '_pk_id.abc').allowed).toBe(true);
    expect(decide(site, state, '_pk_ref.abc')).toMatchObject({ allowed: false, reason: 'unknown' });
  });

  it('changes the fingerprint like any change to the declared cookies', () => {
    expect(defineSite({ processors: [tailorEntry(stripe, { only: ['__stripe_mid'] })] }).fingerprint).not.toBe(defineSite({ processors: [stripe] }).fingerprint);
    expect(defineSite({ processors: [tailorEntry(stripe, {})] }).fingerprint).toBe(defineSite({ processors: [stripe] }).fingerprint);
  });

  it('works on text-free rules too, with the same fingerprint as the full entry', () => {
    const options = { only: ['_pk_id.*', '_pk_ses.*'] };
    expect(defineSite({ processors: [tailorEntry(piwikProRules, options)] }).fingerprint).toBe(defineSite({ processors: [tailorEntry(piwikPro, options)] }).fingerprint);
  });

  it('names what it does not know', () => {
    expect(() => tailorEntry(piwikPro, { only: ['_pk_idd.*'], change: { _pk_xyz: { duration: 'P1D' } } })).toThrow(/tailorEntry\(piwik-pro\): "_pk_idd\.\*", "_pk_xyz" are not among its items; it declares "_pk_id\.\*"/);
  });
});
