import express from 'express';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { consentMiddleware, type BlockedCookie } from '../src';
import { consentCookie, expiredNames, listen, secret, setNames, site } from './helpers';

const cookies = ['_ga=GA1.1.1', '__stripe_mid=m1', '_fbp=fb.1', 'stickySession=s1', 'mystery=1'];
const blocked: BlockedCookie[] = [];
let base = '';

beforeAll(async () => {
  const app = express();
  app.use(consentMiddleware(site, { secret, onBlocked: (cookie) => blocked.push(cookie) }));
  app.get('/set-header-string', (_req, res) => {
    for (const cookie of cookies) res.setHeader('Set-Cookie', cookie); // each replaces the last: only "mystery" is meant to be sent
    res.end('ok');
  });
  app.get('/set-header-array', (_req, res) => res.setHeader('Set-Cookie', cookies).end('ok'));
  app.get('/append-header', (_req, res) => {
    for (const cookie of cookies) res.appendHeader('Set-Cookie', cookie);
    res.end('ok');
  });
  app.get('/write-head-object', (_req, res) => res.writeHead(200, { 'Set-Cookie': cookies, 'Content-Type': 'text/plain' }).end('ok'));
  app.get('/write-head-message', (_req, res) => res.writeHead(200, 'Fine', { 'set-cookie': cookies }).end('ok'));
  app.get('/write-head-raw', (_req, res) => res.writeHead(200, cookies.flatMap((cookie) => ['Set-Cookie', cookie]).concat(['Content-Type', 'text/plain'])).end('ok'));
  app.get('/write-head-over-set-header', (_req, res) => {
    res.setHeader('Set-Cookie', ['_ga=old', 'stickySession=old']);
    res.writeHead(200, { 'Set-Cookie': cookies }).end('ok');
  });
  app.get('/express-cookie', (_req, res) => {
    for (const cookie of cookies) {
      const [name = '', value = ''] = cookie.split('=');
      res.cookie(name, value, { path: '/' });
    }
    res.send('ok');
  });
  app.get('/express-append', (_req, res) => {
    for (const cookie of cookies) res.append('Set-Cookie', cookie);
    res.send('ok');
  });
  app.get('/stream', (_req, res) => {
    res.setHeader('Set-Cookie', cookies);
    res.write('chunk one, ');
    setTimeout(() => res.end('chunk two'), 5);
  });
  app.get('/malformed', (_req, res) => res.setHeader('Set-Cookie', ['', 'novalue', '=x', '__proto__=1', ';;;', 'stickySession=ok']).end('ok'));
  app.get('/consent', (req, res) => res.json({ state: req.consent?.state ?? null, gpc: req.consent?.gpc, analytics: req.consent?.allows('analytics'), ga: req.consent?.allowsCookie('_ga') }));
  base = await listen(app);
});

const routes = ['/set-header-array', '/append-header', '/write-head-object', '/write-head-message', '/write-head-raw', '/write-head-over-set-header', '/express-cookie', '/express-append', '/stream'];

describe('every way of setting a cookie, through Express 5', () => {
  it.each(routes)('%s: without consent only necessary cookies arrive', async (route) => {
    const response = await fetch(base + route);
    expect(response.status).toBe(200);
    expect(setNames(response)).toEqual(['__stripe_mid', 'stickySession']);
  });

  it.each(routes)('%s: with analytics consent _ga arrives too', async (route) => {
    const { cookie } = await consentCookie({ categories: { analytics: true } });
    expect(setNames(await fetch(base + route, { headers: { cookie } }))).toEqual(['__stripe_mid', '_ga', 'stickySession']);
  });

  it.each(routes)('%s: with all consent everything declared arrives, never an undeclared cookie', async (route) => {
    const { cookie } = await consentCookie({ categories: { preferences: true, analytics: true, marketing: true } });
    expect(setNames(await fetch(base + route, { headers: { cookie } }))).toEqual(['__stripe_mid', '_fbp', '_ga', 'stickySession']);
  });

  it('keeps Node semantics for repeated setHeader: the last value wins, then it is filtered', async () => {
    expect(setNames(await fetch(`${base}/set-header-string`))).toEqual([]);
  });

  it('streams the body after filtering the headers', async () => {
    const response = await fetch(`${base}/stream`);
    expect(await response.text()).toBe('chunk one, chunk two');
  });

  it('reports each dropped cookie with its reason', async () => {
    blocked.length = 0;
    await fetch(`${base}/set-header-array`);
    expect(blocked).toEqual([
      { name: '_ga', reason: 'no-consent', category: 'analytics', processor: 'google-analytics' },
      { name: '_fbp', reason: 'no-consent', category: 'marketing', processor: 'meta' },
      { name: 'mystery', reason: 'unknown' },
    ]);
  });

  it('drops malformed Set-Cookie values without failing', async () => {
    const response = await fetch(`${base}/malformed`);
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()).toEqual(['stickySession=ok']);
  });
});

describe('GPC', () => {
  it('drops marketing cookies for a Sec-GPC: 1 request unless granted explicitly under GPC', async () => {
    const api = await consentCookie({ categories: { analytics: true, marketing: true }, source: 'api' });
    expect(setNames(await fetch(`${base}/set-header-array`, { headers: { cookie: api.cookie, 'sec-gpc': '1' } }))).toEqual(['__stripe_mid', '_ga', 'stickySession']);
    const explicit = await consentCookie({ categories: { analytics: true, marketing: true }, source: 'banner', gpc: true });
    expect(setNames(await fetch(`${base}/set-header-array`, { headers: { cookie: explicit.cookie, 'sec-gpc': '1' } }))).toContain('_fbp');
  });
});

describe('req.consent', () => {
  it('holds the verified state and helpers', async () => {
    const { state, cookie } = await consentCookie({ categories: { analytics: true } });
    const body = (await (await fetch(`${base}/consent`, { headers: { cookie, 'sec-gpc': '1' } })).json()) as Record<string, unknown>;
    expect(body).toEqual({ state, gpc: true, analytics: true, ga: true });
  });

  it('treats unsigned, tampered and garbage consent cookies as no consent', async () => {
    const unsigned = await consentCookie({ categories: { analytics: true } }, { signed: false });
    const signed = await consentCookie({ categories: { analytics: true } });
    const tampered = signed.cookie.replace('.2.', '.7.');
    for (const cookie of [unsigned.cookie, tampered, 'kakor_consent=%%%', 'kakor_consent=' + 'A'.repeat(5000), 'kakor_consent="1.a"; kakor_consent=2']) {
      const response = await fetch(`${base}/set-header-array`, { headers: { cookie } });
      expect(setNames(response), cookie.slice(0, 40)).toEqual(['__stripe_mid', 'stickySession']);
    }
  });

  it('survives a 16 kB Cookie header', async () => {
    const big = Array.from({ length: 800 }, (_, i) => `c${String(i)}=${'x'.repeat(12)}`).join('; ');
    const response = await fetch(`${base}/set-header-array`, { headers: { cookie: big } });
    expect([200, 431]).toContain(response.status);
    const after = await fetch(`${base}/set-header-array`);
    expect(after.status).toBe(200);
  });
});

describe('withdrawal', () => {
  it('expires the cookies the request carries that consent no longer allows', async () => {
    const { cookie } = await consentCookie({ categories: {} , source: 'banner' });
    const response = await fetch(`${base}/consent`, { headers: { cookie: `${cookie}; _ga=GA1.1.1; _ga_ABC123=GS1; _fbp=fb.1; __stripe_mid=m1; other_app=1` } });
    expect(expiredNames(response).sort()).toEqual(['_fbp', '_ga', '_ga_ABC123']);
    expect(response.headers.getSetCookie().find((c) => c.startsWith('_ga='))).toMatch(/^_ga=; Max-Age=0; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT$/);
  });

  it('expires them on the parent domains of the host up to its registrable domain', async () => {
    const { request } = await import('node:http');
    const { cookie } = await consentCookie({ categories: {} });
    const headers = await new Promise<string[]>((resolve, reject) => {
      const req = request(`${base}/consent`, { headers: { host: 'www.shop.example.se', cookie: `${cookie}; _ga=1` } }, (res) => {
        res.resume();
        resolve(res.headers['set-cookie'] ?? []);
      });
      req.on('error', reject);
      req.end();
    });
    expect(headers.map((h) => /Domain=([^;]+)/.exec(h)?.[1] ?? '(host)')).toEqual(['(host)', '.example.se', '.shop.example.se', '.www.shop.example.se']);
  });
});

it('calls onBlocked with a default warning once per name', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const app = express();
  app.use(consentMiddleware(site, { secret }));
  app.get('/', (_req, res) => res.setHeader('Set-Cookie', ['mystery=1', '_ga=1']).end());
  const url = await listen(app);
  await fetch(url);
  await fetch(url);
  expect(warn).toHaveBeenCalledTimes(2);
  expect(warn.mock.calls[0]?.[0]).toBe('[kakor] dropped Set-Cookie "mystery": it is not declared: add its catalog entry to defineSite({ processors }) or declare it in defineSite({ cookies }).');
  expect(warn.mock.calls[1]?.[0]).toBe('[kakor] dropped Set-Cookie "_ga" (analytics, google-analytics): the visitor\'s consent does not allow it (no-consent).');
  warn.mockRestore();
});
