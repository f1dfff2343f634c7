// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createConsentStore, readCookie, serializeConsent } from '../src';
import { testSite } from './fixtures';

const site = testSite();

afterEach(() => {
  for (const part of document.cookie.split(';')) document.cookie = `${part.split('=')[0]?.trim() ?? ''}=; Max-Age=0; Path=/`;
});

describe('createConsentStore in a browser', () => {
  it('writes the consent cookie and reads it back in a new store', () => {
    const store = createConsentStore(site);
    const state = store.acceptAll();
    expect(readCookie(document.cookie, 'kakor_consent')).toBe(serializeConsent(state));
    expect(createConsentStore(site).getSnapshot().state).toEqual(state);
  });

  it('removes the cookie on reset and ignores a garbled one', () => {
    const store = createConsentStore(site);
    store.rejectAll();
    store.reset();
    expect(readCookie(document.cookie, 'kakor_consent')).toBeUndefined();
    document.cookie = 'kakor_consent=%%%garbage; Path=/';
    expect(createConsentStore(site).getSnapshot()).toMatchObject({ state: null, needsConsent: 'no-consent' });
  });

  it('reads navigator.globalPrivacyControl', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    expect(createConsentStore(site).getSnapshot().gpc).toBe(true);
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: undefined, configurable: true });
  });
});
