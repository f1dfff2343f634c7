import { describe, expect, it } from 'vitest';
import { cookiesToClear, createConsentState, decide, domainVariants } from '../src';
import { day, t0, testSite } from './fixtures';

const site = testSite();
const present = ['_pk_id.abc', '_pk_ses.abc', '_fbp', 'fr', '__stripe_mid', 'stickySession', 'kakor_consent', '__hstc', 'unrelated_app_cookie', '_ga', '_ga_XYZ'];

describe('cookiesToClear', () => {
  it('after withdrawal: every first-party cookie that needs consent, nothing necessary or undeclared', () => {
    const withdrawn = createConsentState(site, { categories: {}, now: t0, source: 'banner' });
    const names = cookiesToClear(site, withdrawn, present, { now: t0 + day }).map((c) => c.name);
    expect(names.sort()).toEqual(['_fbp', '_ga', '_ga_XYZ', '_pk_id.abc', '_pk_ses.abc', '__hstc'].sort());
  });

  it('keeps what is granted and says why the rest goes', () => {
    const state = createConsentState(site, { categories: { analytics: true }, now: t0 });
    const cleared = cookiesToClear(site, state, present, { now: t0 + day });
    expect(cleared.map((c) => [c.name, c.reason, c.processor])).toEqual([['_fbp', 'denied', 'meta']]);
    expect(cleared[0]).toMatchObject({ storage: 'cookie', path: '/' });
  });

  it('clears everything optional when consent lapsed, and reads storage keys', () => {
    const state = createConsentState(site, { categories: { analytics: true, preferences: true }, now: t0 });
    const cleared = cookiesToClear(site, state, [{ name: 'theme', storage: 'localStorage' }, '_pk_id.x'], { now: t0 + 400 * day });
    expect(cleared.map((c) => [c.name, c.storage, c.reason])).toEqual([
      ['theme', 'localStorage', 'expired'],
      ['_pk_id.x', 'cookie', 'expired'],
    ]);
  });

  it('gives the same answer through a decision function, asked once per item', () => {
    const state = createConsentState(site, { categories: { analytics: true }, now: t0 });
    const items = [...present, { name: 'theme', storage: 'localStorage' as const }];
    const asked: string[] = [];
    const viaFunction = cookiesToClear((name, storage) => {
      asked.push(`${name}/${storage}`);
      return decide(site, state, name, { now: t0 + day, storage });
    }, items);
    expect(viaFunction).toEqual(cookiesToClear(site, state, items, { now: t0 + day }));
    expect(asked).toEqual([...present.map((name) => `${name}/cookie`), 'theme/localStorage']);
  });
});

describe('domainVariants', () => {
  it.each([
    ['www.shop.example.se', ['www.shop.example.se', '.www.shop.example.se', '.shop.example.se', '.example.se']],
    ['example.se', ['example.se', '.example.se']],
    ['Example.SE.', ['example.se', '.example.se']],
    ['localhost', ['localhost']],
    ['127.0.0.1', ['127.0.0.1']],
    ['', []],
  ])('%s', (host, expected) => {
    expect(domainVariants(host)).toEqual(expected);
  });
});
