import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentFetchHandler, withConsent } from '../src';
import { consentCookie, expiredNames, listen, secret, setNames, site } from './helpers';

const cookies = ['_ga=GA1.1.1; Path=/', '__stripe_mid=m1', '_fbp=fb.1', 'stickySession=s1', 'mystery=1'];

describe('node:http with withConsent', () => {
  let base = '';
  beforeAll(async () => {
    base = await listen(
      withConsent(
        site,
        (req, res) => {
          if (req.url === '/delete') res.setHeader('Set-Cookie', ['_fbp=; Max-Age=0; Path=/', '_ga=; Expires=Thu, 01 Jan 1970 00:00:00 GMT']);
          else res.setHeader('Set-Cookie', cookies);
          res.end('ok');
        },
        { secret, onBlocked: () => undefined },
      ),
    );
  });

  it('passes only what consent allows', async () => {
    expect(setNames(await fetch(base))).toEqual(['__stripe_mid', 'stickySession']);
    const { cookie } = await consentCookie({ categories: { marketing: true } });
    expect(setNames(await fetch(base, { headers: { cookie } }))).toEqual(['__stripe_mid', '_fbp', 'stickySession']);
  });

  it('always lets the app delete cookies', async () => {
    expect((await fetch(`${base}/delete`)).headers.getSetCookie()).toHaveLength(2);
  });

  it('serves the consent endpoint', async () => {
    const response = await fetch(`${base}/kakor/consent`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: '{"categories":{"analytics":true}}' });
    expect(response.status).toBe(200);
  });
});

describe('Hono on @hono/node-server through consentFetchHandler', () => {
  let base = '';
  let close: () => void = () => undefined;
  beforeAll(async () => {
    const app = new Hono();
    app.get('/', (c) => {
      setCookie(c, '_ga', 'GA1.1.1');
      setCookie(c, '__stripe_mid', 'm1');
      c.header('Set-Cookie', '_fbp=fb.1', { append: true });
      c.header('Set-Cookie', 'mystery=1', { append: true });
      return c.text('ok');
    });
    app.get('/fetched', async () => new Response('upstream', { headers: [['set-cookie', '_ga=1'], ['set-cookie', 'stickySession=2']] }));
    const handler = consentFetchHandler(site, (request) => app.fetch(request), { secret, onBlocked: () => undefined });
    const server = serve({ fetch: handler, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it('passes only what consent allows', async () => {
    expect(setNames(await fetch(base))).toEqual(['__stripe_mid']);
    const { cookie } = await consentCookie({ categories: { analytics: true, marketing: true } });
    expect(setNames(await fetch(base, { headers: { cookie } }))).toEqual(['__stripe_mid', '_fbp', '_ga']);
  });

  it('honours Sec-GPC: 1', async () => {
    const { cookie } = await consentCookie({ categories: { analytics: true, marketing: true }, source: 'api' });
    expect(setNames(await fetch(base, { headers: { cookie, 'sec-gpc': '1' } }))).toEqual(['__stripe_mid', '_ga']);
  });

  it('copies responses whose headers are immutable', async () => {
    expect(setNames(await fetch(`${base}/fetched`))).toEqual(['stickySession']);
  });

  it('expires withdrawn cookies', async () => {
    const { cookie } = await consentCookie({ categories: {} });
    expect(expiredNames(await fetch(base, { headers: { cookie: `${cookie}; _ga=1; _fbp=2` } })).sort()).toEqual(['_fbp', '_ga']);
  });

  it('serves the consent endpoint, with its limits', async () => {
    const ok = await fetch(`${base}/kakor/consent`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: '{"categories":{"analytics":true}}' });
    expect(ok.status).toBe(200);
    expect(ok.headers.getSetCookie()[0]).toMatch(/^kakor_consent=1\./);
    const big = await fetch(`${base}/kakor/consent`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ categories: {}, x: 'y'.repeat(10_000) }) });
    expect(big.status).toBe(413);
    const bad = await fetch(`${base}/kakor/consent`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: '{' });
    expect(bad.status).toBe(400);
  });
});

describe('consentFetchHandler without a Host header', () => {
  it('checks a post’s Origin against the request URL’s host', async () => {
    const handler = consentFetchHandler(site, () => new Response('app'), { secret });
    const post = (origin: string) =>
      handler(new Request('https://shop.example.se/kakor/consent', { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: '{"categories":{"analytics":true}}' }));
    const same = await post('https://shop.example.se');
    expect(new Request('https://shop.example.se/').headers.get('host')).toBeNull();
    expect(same.status).toBe(200);
    expect((await post('https://evil.example')).status).toBe(403);
  });
});
