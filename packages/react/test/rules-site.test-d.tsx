import { googleAnalytics, stripe } from '@kakor/catalog/rules';
import { clearBrowserStorage, createConsentStore, decide, defineSite, toGoogleConsentMode, type ConsentState } from '@kakor/consent';
import { describe, expectTypeOf, it } from 'vitest';
import { ConsentProvider } from '../src';

describe('a site from text-free rules', () => {
  it('is accepted wherever a site is', () => {
    const site = defineSite({ processors: [googleAnalytics, stripe] });
    void (<ConsentProvider site={site} clear={clearBrowserStorage} />);
    expectTypeOf(decide(site, null, '_ga').allowed).toEqualTypeOf<boolean>();
    expectTypeOf(createConsentStore(site).getSnapshot().state).toEqualTypeOf<ConsentState | null>();
    expectTypeOf(toGoogleConsentMode(site, null).ad_storage).toEqualTypeOf<'granted' | 'denied'>();
  });
});
