import { googleAnalytics, hubspot, meta, piwikPro, stripe, youtube } from '@kakor/catalog';
import { defineSite, type SiteOptions } from '../src';

export const stickySession = {
  name: 'stickySession',
  category: 'necessary',
  duration: 'session',
  party: 'first',
  storage: 'cookie',
  purpose: { en: 'Keeps a visit on one server.' },
} as const;

export const themeCookie = {
  name: 'theme',
  category: 'preferences',
  duration: 'P1Y',
  party: 'first',
  storage: 'localStorage',
  purpose: { en: 'Remembers light or dark mode.' },
} as const;

/** A site like seed 000's: Piwik PRO, Meta, Stripe and HubSpot, plus its own cookies. */
export function testSite(overrides: Partial<SiteOptions> = {}) {
  return defineSite({ processors: [piwikPro, meta, stripe, hubspot, googleAnalytics, youtube], cookies: [stickySession, themeCookie], ...overrides });
}

export const day = 86_400_000;
export const t0 = Date.UTC(2026, 10, 23);
