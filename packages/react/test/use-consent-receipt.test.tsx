// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { createConsentState } from '@kakor/consent';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsentProvider, useConsent, useConsentReceipt } from '../src';
import { site } from './site';

const wrapper = (props: Partial<Parameters<typeof ConsentProvider>[0]> = {}) =>
  function Wrapper({ children }: { children?: ReactNode }) {
    return (
      <ConsentProvider site={site} persist="memory" {...props}>
        {children}
      </ConsentProvider>
    );
  };

afterEach(cleanup);

describe('useConsentReceipt', () => {
  it('is null before a choice, then the id and time of each new consent', () => {
    const { result } = renderHook(() => ({ receipt: useConsentReceipt(), consent: useConsent() }), { wrapper: wrapper() });
    expect(result.current.receipt).toBeNull();
    act(() => void result.current.consent.acceptAll());
    const state = result.current.consent.state;
    expect(result.current.receipt).toEqual({ id: state?.id, givenAt: new Date(state?.givenAt ?? 0) });
    const first = result.current.receipt;
    act(() => void result.current.consent.withdraw());
    expect(result.current.receipt?.id).toBe(result.current.consent.state?.id);
    expect(result.current.receipt).not.toBe(first);
    act(() => result.current.consent.reset());
    expect(result.current.receipt).toBeNull();
  });

  it('reads the consent the server rendered with, and keeps one object between renders', () => {
    const state = createConsentState(site, { categories: { analytics: true }, source: 'banner', now: Date.parse('2026-11-30T10:00:00Z') });
    const { result, rerender } = renderHook(() => useConsentReceipt(), { wrapper: wrapper({ initialConsent: state }) });
    expect(result.current).toEqual({ id: state.id, givenAt: new Date('2026-11-30T10:00:00Z') });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  it('names itself when used outside a provider', () => {
    expect(() => renderHook(() => useConsentReceipt())).toThrow(/useConsentReceipt/);
  });
});
