// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://www.shop.example.se/"}
import { afterEach, describe, expect, it } from 'vitest';
import { documentCookieNames } from '../../../test-utils/document-cookies';
import { clearBrowserStorage, createConsentState } from '../src';
import { testSite } from './fixtures';

const site = testSite();

const cookieNames = documentCookieNames;

afterEach(() => {
  for (const name of cookieNames()) for (const domain of ['', '; Domain=.example.se', '; Domain=.shop.example.se']) document.cookie = `${name}=; Max-Age=0; Path=/${domain}`;
  localStorage.clear();
  sessionStorage.clear();
});

describe('clearBrowserStorage', () => {
  it('expires disallowed cookies host-only and on parent domains, and removes storage keys', () => {
    document.cookie = '_ga=GA1.2.3; Path=/; Domain=.example.se';
    document.cookie = '_fbp=fb.1.2; Path=/';
    document.cookie = '_pk_id.abc=1; Path=/; Domain=.shop.example.se';
    document.cookie = 'stickySession=1; Path=/';
    document.cookie = 'unrelated=1; Path=/';
    localStorage.setItem('theme', 'dark');
    localStorage.setItem('kept-by-app', 'x');
    const removed = clearBrowserStorage(site, createConsentState(site, { categories: { analytics: false, marketing: false, preferences: false } }));
    expect(removed.map((item) => `${item.storage}:${item.name}`).sort()).toEqual(['cookie:_fbp', 'cookie:_ga', 'cookie:_pk_id.abc', 'localStorage:theme']);
    expect(cookieNames()).toEqual(['stickySession', 'unrelated']);
    expect(localStorage.getItem('theme')).toBeNull();
    expect(localStorage.getItem('kept-by-app')).toBe('x');
  });

  it('keeps what the consent allows', () => {
    document.cookie = '_ga=GA1.2.3; Path=/';
    document.cookie = '_fbp=fb.1.2; Path=/';
    const removed = clearBrowserStorage(site, createConsentState(site, { categories: { analytics: true } }));
    expect(removed.map((item) => item.name)).toEqual(['_fbp']);
    expect(cookieNames()).toEqual(['_ga']);
  });

  it('clears everything optional when there is no consent, and copes with storage that throws', () => {
    document.cookie = '_ga=GA1.2.3; Path=/';
    document.cookie = 'stickySession=1; Path=/';
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      expect(clearBrowserStorage(site, null).map((item) => item.name)).toEqual(['_ga']);
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original);
    }
    expect(cookieNames()).toEqual(['stickySession']);
  });
});
