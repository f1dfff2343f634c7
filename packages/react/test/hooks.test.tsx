// @vitest-environment jsdom
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { clearBrowserStorage, createConsentState, serializeConsent } from '@kakor/consent';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentCookieNames } from '../../../test-utils/document-cookies';
import { ConsentGate, ConsentProvider, ConsentScript, useCategory, useConsent, useConsentEffect, useCookieAllowed, useCookiePolicy, useGoogleConsentMode, useProcessor } from '../src';
import { site } from './site';

function wrapper(props: Partial<Parameters<typeof ConsentProvider>[0]> = {}) {
  return ({ children }: { children?: ReactNode }) => (
    <ConsentProvider site={site} persist="memory" clear={clearBrowserStorage} {...props}>
      {children}
    </ConsentProvider>
  );
}

const cookieNames = documentCookieNames;

afterEach(() => {
  cleanup();
  for (const name of cookieNames()) document.cookie = `${name}=; Max-Age=0; Path=/`;
  localStorage.clear();
  document.head.innerHTML = '';
});

describe('useConsent', () => {
  it('starts without consent and records accept, reject, update, withdraw and reset', () => {
    const { result } = renderHook(() => useConsent(), { wrapper: wrapper() });
    expect(result.current).toMatchObject({ state: null, needsConsent: 'no-consent', gpc: false });
    act(() => void result.current.acceptAll());
    expect(result.current.needsConsent).toBe(false);
    expect(result.current.state?.categories).toEqual({ preferences: true, analytics: true, marketing: true });
    act(() => void result.current.update({ categories: { marketing: false } }));
    expect(result.current.state?.categories).toEqual({ preferences: true, analytics: true, marketing: false });
    act(() => void result.current.withdraw());
    expect(result.current.state?.categories).toEqual({ preferences: false, analytics: false, marketing: false });
    act(() => void result.current.rejectAll());
    expect(result.current.state?.source).toBe('banner');
    act(() => result.current.reset());
    expect(result.current.needsConsent).toBe('no-consent');
  });

  it('keeps the same result object between renders when nothing changed', () => {
    const { result, rerender } = renderHook(() => useConsent(), { wrapper: wrapper() });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  it('starts from initialConsent and reads the consent cookie when none is given', () => {
    const state = createConsentState(site, { categories: { analytics: true }, source: 'banner' });
    expect(renderHook(() => useConsent(), { wrapper: wrapper({ initialConsent: state }) }).result.current.state).toEqual(state);
    document.cookie = `kakor_consent=${serializeConsent(state)}; Path=/`;
    const fromCookie = renderHook(() => useConsent(), { wrapper: ({ children }) => <ConsentProvider site={site}>{children}</ConsentProvider> });
    expect(fromCookie.result.current.state).toEqual(state);
  });

  it('fails with a clear message outside a provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderHook(() => useConsent())).toThrow('useConsent must be used inside <ConsentProvider');
    vi.restoreAllMocks();
  });
});

describe('useCategory, useProcessor and useCookieAllowed', () => {
  it('follow the consent, per category, per processor and per cookie', () => {
    const { result } = renderHook(
      () => ({ consent: useConsent(), analytics: useCategory('analytics'), necessary: useCategory('necessary'), meta: useProcessor('meta'), stripe: useProcessor('stripe'), hotjar: useProcessor('hotjar'), ga: useCookieAllowed('_ga'), theme: useCookieAllowed('theme', 'localStorage'), unknown: useCookieAllowed('mystery') }),
      { wrapper: wrapper() },
    );
    expect(result.current).toMatchObject({ analytics: false, necessary: true, meta: false, stripe: true, hotjar: false, ga: false, theme: false, unknown: false });
    act(() => void result.current.consent.update({ categories: { analytics: true } }));
    expect(result.current).toMatchObject({ analytics: true, meta: false, ga: true, theme: false });
    act(() => void result.current.consent.update({ processors: { meta: true } }));
    expect(result.current.meta).toBe(true);
    act(() => void result.current.consent.acceptAll());
    // Hotjar is not one of the site's processors: never allowed.
    expect(result.current).toMatchObject({ meta: true, theme: true, hotjar: false, unknown: false });
  });

  it('apply GPC: marketing stays denied after acceptAll when the signal is on', () => {
    const { result } = renderHook(() => ({ consent: useConsent(), marketing: useCategory('marketing'), analytics: useCategory('analytics') }), { wrapper: wrapper({ gpc: true }) });
    expect(result.current.consent.gpc).toBe(true);
    act(() => void result.current.consent.update({ categories: { analytics: true } }));
    expect(result.current).toMatchObject({ analytics: true, marketing: false });
  });
});

describe('ConsentGate', () => {
  it('renders the fallback until the category or processor is allowed, and again after withdrawal', () => {
    let consent: ReturnType<typeof useConsent> | undefined;
    function Grab() {
      consent = useConsent();
      return null;
    }
    render(
      <ConsentProvider site={site} persist="memory">
        <Grab />
        <ConsentGate category="marketing" fallback={<p>marketing off</p>}>
          <p>marketing on</p>
        </ConsentGate>
        <ConsentGate processor="youtube" fallback={<p>video off</p>}>
          <p>video on</p>
        </ConsentGate>
        <ConsentGate category="necessary">
          <p>always</p>
        </ConsentGate>
      </ConsentProvider>,
    );
    expect(screen.getByText('marketing off')).toBeTruthy();
    expect(screen.getByText('video off')).toBeTruthy();
    expect(screen.getByText('always')).toBeTruthy();
    act(() => void consent?.acceptAll());
    expect(screen.getByText('marketing on')).toBeTruthy();
    expect(screen.getByText('video on')).toBeTruthy();
    act(() => void consent?.withdraw());
    expect(screen.queryByText('marketing on')).toBeNull();
    expect(screen.getByText('video off')).toBeTruthy();
  });
});

describe('ConsentScript and useConsentEffect', () => {
  it('add the script only after consent and remove it on withdrawal', () => {
    const started = vi.fn();
    const stopped = vi.fn();
    function Tracker() {
      useConsentEffect({ category: 'analytics' }, () => {
        started();
        return stopped;
      });
      return null;
    }
    const { result } = renderHook(() => useConsent(), {
      wrapper: ({ children }) => (
        <ConsentProvider site={site} persist="memory">
          <ConsentScript category="analytics" src="https://example.com/analytics.js" id="analytics" attributes={{ 'data-domain': 'example.se' }} />
          <Tracker />
          {children}
        </ConsentProvider>
      ),
    });
    expect(document.getElementById('analytics')).toBeNull();
    expect(started).not.toHaveBeenCalled();
    act(() => void result.current.acceptAll());
    const script = document.getElementById('analytics') as HTMLScriptElement | null;
    expect(script?.src).toBe('https://example.com/analytics.js');
    expect(script?.getAttribute('data-domain')).toBe('example.se');
    expect(started).toHaveBeenCalledTimes(1);
    act(() => void result.current.update({ categories: { marketing: false } }));
    expect(started).toHaveBeenCalledTimes(1);
    act(() => void result.current.withdraw());
    expect(document.getElementById('analytics')).toBeNull();
    expect(stopped).toHaveBeenCalledTimes(1);
  });
});

describe('clearing on withdrawal', () => {
  it('removes first-party cookies and storage keys the new choice disallows, and keeps necessary ones', () => {
    const { result } = renderHook(() => useConsent(), { wrapper: wrapper() });
    act(() => void result.current.acceptAll());
    document.cookie = '_ga=GA1.2.3; Path=/';
    document.cookie = '_fbp=fb.1.2; Path=/';
    document.cookie = 'stickySession=abc; Path=/';
    localStorage.setItem('theme', 'dark');
    act(() => void result.current.update({ categories: { marketing: false } }));
    expect(cookieNames()).toEqual(['_ga', 'stickySession']);
    expect(localStorage.getItem('theme')).toBe('dark');
    act(() => void result.current.withdraw());
    expect(cookieNames()).toEqual(['stickySession']);
    expect(localStorage.getItem('theme')).toBeNull();
  });

  it('clears leftovers on mount when there is no consent, and clears nothing without the clear prop', () => {
    document.cookie = '_ga=GA1.2.3; Path=/';
    const { result } = renderHook(() => useConsent(), { wrapper: ({ children }) => <ConsentProvider site={site} persist="memory">{children}</ConsentProvider> });
    act(() => void result.current.withdraw());
    expect(cookieNames()).toEqual(['_ga']);
    renderHook(() => useConsent(), { wrapper: wrapper() });
    expect(cookieNames()).toEqual([]);
  });
});

describe('useGoogleConsentMode', () => {
  it('sends default on mount and update on each change, with the seven v2 signals', () => {
    const gtag = vi.fn();
    function Gcm() {
      useGoogleConsentMode({ gtag, waitForUpdate: 500 });
      return null;
    }
    const { result } = renderHook(() => useConsent(), {
      wrapper: ({ children }) => (
        <ConsentProvider site={site} persist="memory">
          <Gcm />
          {children}
        </ConsentProvider>
      ),
    });
    expect(gtag).toHaveBeenCalledTimes(1);
    expect(gtag).toHaveBeenLastCalledWith('consent', 'default', {
      security_storage: 'granted',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      analytics_storage: 'denied',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      wait_for_update: 500,
    });
    act(() => void result.current.update({ categories: { analytics: true } }));
    expect(gtag).toHaveBeenLastCalledWith('consent', 'update', expect.objectContaining({ analytics_storage: 'granted', ad_storage: 'denied' }));
    act(() => void result.current.acceptAll());
    expect(gtag).toHaveBeenLastCalledWith('consent', 'update', expect.objectContaining({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' }));
  });

  it('pushes the arguments object onto dataLayer when the page has no gtag', () => {
    const page = window as unknown as { dataLayer?: unknown[]; gtag?: unknown };
    page.gtag = undefined;
    page.dataLayer = [];
    function Gcm() {
      useGoogleConsentMode();
      return null;
    }
    render(
      <ConsentProvider site={site} persist="memory">
        <Gcm />
      </ConsentProvider>,
    );
    const pushed = page.dataLayer[0] as IArguments;
    expect(Object.prototype.toString.call(pushed)).toBe('[object Arguments]');
    expect(Array.from(pushed).slice(0, 2)).toEqual(['consent', 'default']);
  });
});

describe('useCookiePolicy', () => {
  it('gives rows per category in the locale, with durations in words', () => {
    const { result } = renderHook(() => useCookiePolicy('sv', { owner: 'Exempel AB' }), { wrapper: wrapper() });
    const rows = result.current.sections.flatMap((section) => section.rows);
    expect(result.current.sections.map((section) => section.title)).toEqual(['Nödvändiga', 'Inställningar', 'Statistik', 'Marknadsföring']);
    expect(rows.find((row) => row.name === '_ga')).toMatchObject({ provider: 'Google Analytics 4', durationText: '2 år' });
    expect(rows.find((row) => row.name === 'theme')).toMatchObject({ provider: 'Exempel AB', purpose: 'Kommer ihåg ljust eller mörkt läge.', durationText: 'tills den raderas' });
    expect(result.current.processors.map((row) => row.id)).toEqual(['google-analytics', 'meta', 'piwik-pro', 'stripe', 'youtube']);
  });
});

