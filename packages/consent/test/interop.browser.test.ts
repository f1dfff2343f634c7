// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://www.shop.example.se/"}
import { getOrCreateConsentRuntime } from 'c15t';
import * as CookieConsent from 'vanilla-cookieconsent';
import { afterEach, describe, expect, it } from 'vitest';
import { documentCookieNames } from '../../../test-utils/document-cookies';
import { clearBrowserStorage } from '../src';
import { consentFromCategories, toC15tCallbacks, toCookieConsentCategories } from '../src/interop';
import { testSite } from './fixtures';

const site = testSite();

const cookieNames = documentCookieNames;

function setCookies(): void {
  document.cookie = '_pk_id.8506966f=1; Path=/';
  document.cookie = '_ga_X1Y2=1; Path=/; Domain=.shop.example.se';
  document.cookie = '_fbp=1; Path=/';
  document.cookie = 'stickySession=1; Path=/';
  document.cookie = 'unrelated=1; Path=/';
  localStorage.setItem('theme', 'dark');
}

afterEach(() => {
  for (const name of cookieNames()) for (const domain of ['', '; Domain=.example.se', '; Domain=.shop.example.se', '; Domain=.www.shop.example.se']) document.cookie = `${name}=; Max-Age=0; Path=/${domain}`;
  localStorage.clear();
});

describe('vanilla-cookieconsent 3 with toCookieConsentCategories', () => {
  afterEach(() => {
    CookieConsent.reset(true);
  });

  const run = () =>
    CookieConsent.run({
      categories: toCookieConsentCategories(site, { services: true }),
      language: { default: 'en', translations: { en: { consentModal: {}, preferencesModal: { sections: [] } } } },
    });

  it('erases the rejected categories\u2019 cookies on a first rejection, and keeps necessary and undeclared ones', async () => {
    setCookies();
    await run();
    CookieConsent.acceptCategory([]);
    expect(cookieNames()).toEqual(['cc_cookie', 'stickySession', 'unrelated']);
    expect(localStorage.getItem('theme')).toBe('dark'); // vanilla-cookieconsent clears cookies only
    clearBrowserStorage(site, consentFromCategories(site, CookieConsent.getUserPreferences().acceptedCategories));
    expect(localStorage.getItem('theme')).toBeNull();
  });

  it('erases only what the visitor takes back later', async () => {
    await run();
    CookieConsent.acceptCategory('all');
    setCookies();
    CookieConsent.acceptCategory(['analytics']);
    expect(cookieNames()).toEqual(['_ga_X1Y2', '_pk_id.8506966f', 'cc_cookie', 'stickySession', 'unrelated']);
  });
});

describe('c15t 2.x with toC15tCallbacks', () => {
  it('clears the cookies and storage keys of the categories c15t reports denied', async () => {
    const { consentStore } = getOrCreateConsentRuntime({
      mode: 'offline',
      consentCategories: ['necessary', 'functionality', 'measurement', 'marketing'],
      reloadOnConsentRevoked: false,
      callbacks: toC15tCallbacks(site),
    });
    await consentStore.getState().saveConsents('all');
    setCookies();
    consentStore.getState().setSelectedConsent('measurement', false);
    await consentStore.getState().saveConsents('custom');
    expect(cookieNames().filter((name) => !name.startsWith('c15t'))).toEqual(['stickySession', 'unrelated', '_fbp'].sort());
    expect(localStorage.getItem('theme')).toBe('dark');
    await consentStore.getState().saveConsents('necessary');
    expect(cookieNames().filter((name) => !name.startsWith('c15t'))).toEqual(['stickySession', 'unrelated']);
    expect(localStorage.getItem('theme')).toBeNull();
  });
});
