import type { Callbacks, StoreOptions } from 'c15t';
import type { CookieConsentConfig } from 'vanilla-cookieconsent';
import { expectTypeOf, test } from 'vitest';
import { toC15tCallbacks, toCookieConsentCategories, type CookieConsentCookie } from '../src/interop';
import { testSite } from './fixtures';

const site = testSite();

test('the tools\' own types resolve, so the checks below can fail', () => {
  expectTypeOf<CookieConsentConfig>().not.toBeAny();
  expectTypeOf<Callbacks>().not.toBeAny();
  expectTypeOf<{ name: number }>().not.toExtend<NonNullable<CookieConsentConfig['categories'][string]['autoClear']>['cookies'][number]>();
  expectTypeOf<{ onConsentSet: (payload: { preferences: string }) => void }>().not.toExtend<Callbacks>();
});

test('toCookieConsentCategories gives vanilla-cookieconsent v3 its `categories`', () => {
  expectTypeOf(toCookieConsentCategories(site)).toExtend<CookieConsentConfig['categories']>();
  expectTypeOf(toCookieConsentCategories(site, { services: true, cookieDomain: '.example.se' })).toExtend<CookieConsentConfig['categories']>();
  type AutoClearCookie = NonNullable<CookieConsentConfig['categories'][string]['autoClear']>['cookies'][number];
  expectTypeOf<CookieConsentCookie>().toExtend<AutoClearCookie>();
  // The whole config type-checks with the emitted categories in it.
  const config: CookieConsentConfig = { categories: toCookieConsentCategories(site), language: { default: 'en', translations: {} } };
  expectTypeOf(config).toExtend<CookieConsentConfig>();
});

test('toC15tCallbacks fits c15t 2.x `callbacks`', () => {
  expectTypeOf(toC15tCallbacks(site)).toExtend<Callbacks>();
  expectTypeOf({ callbacks: toC15tCallbacks(site) }).toExtend<StoreOptions>();
});
