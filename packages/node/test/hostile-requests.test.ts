import { serve } from '@hono/node-server';
import express from 'express';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { consentFetchHandler, consentMiddleware, warnOncePerName } from '../src';
import { cookieDomains } from '../src/host';
import { readGpc } from '../src/request-consent';
import { consentCookie, listen, secret, site } from './helpers';
import { rawRequest } from './raw-request';

let base = '';
beforeAll(async () => {
  const app = express();
  app.use(consentMiddleware(site, { secret, onBlocked: () => undefined }));
  app.get('/', (req, res) => res.json({ gpc: req.consent?.gpc }));
  base = await listen(app);
});

describe('the Host header cannot make responses large (remote denial of service)', () => {
  it('bounds the expiring headers for a Host of thousands of labels and many withdrawn cookies', async () => {
    const { cookie } = await consentCookie({ categories: {} });
    const host = `${'a.'.repeat(5000)}example.se`;
    const withdrawn = ['_ga', '_gid', '_fbp', '_fbc', '_gcl_au', ...Array.from({ length: 150 }, (_, i) => `_ga_X${String(i)}`)];
    const answer = await rawRequest(base, '/', { host, cookie: [cookie, ...withdrawn.map((name) => `${name}=1`)].join('; ') });
    expect(answer.status).toBe(200);
    // Host-only deletions only (the host is not a valid name: over 253 bytes), at most 48 of them.
    expect(answer.setCookies.length).toBeLessThanOrEqual(48);
    expect(answer.setCookies.every((header) => !header.includes('Domain='))).toBe(true);
    expect(answer.headerBytes).toBeLessThan(8 * 1024);
  });

  it('expires on the registrable domain and below it, never on a public suffix', async () => {
    const { cookie } = await consentCookie({ categories: {} });
    const answer = await rawRequest(base, '/', { host: 'a.b.c.d.e.f.shop.example.co.uk:8443', cookie: `${cookie}; _ga=1` });
    expect(answer.setCookies.map((h) => /Domain=([^;]+)/.exec(h)?.[1] ?? '(host)')).toEqual(['(host)', '.example.co.uk', '.shop.example.co.uk', '.f.shop.example.co.uk', '.e.f.shop.example.co.uk']);
  });

  it.each([
    ['www.example.se', ['.example.se', '.www.example.se']],
    ['WWW.Example.SE:3000', ['.example.se', '.www.example.se']],
    ['example.se', ['.example.se']],
    ['example.se.', []],
    ['127.0.0.1:3000', []],
    ['[::1]:3000', []],
    ['localhost', []],
    ['co.uk', []],
    ['xn--', []],
    ['bad_host-.example.se', []],
    ['a..example.se', []],
    ['example.se:99999999', []],
    ['evil.example.se\u00a0', []],
    [`${'x'.repeat(64)}.example.se`, []],
    ['', []],
  ])('cookie domains for Host %j', (host, domains) => {
    expect(cookieDomains(host)).toEqual(domains);
  });
});

describe('hardening', () => {
  it('keeps GPC on when Sec-GPC is repeated', async () => {
    expect(readGpc('1, 1')).toBe(true);
    expect(readGpc('0, 1')).toBe(true);
    expect(readGpc(' 1\t')).toBe(true);
    expect(readGpc('0')).toBe(false);
    expect(readGpc('11')).toBe(false);
    expect(readGpc(undefined)).toBe(false);
    const { request } = await import('node:http');
    const gpc = await new Promise<unknown>((resolve, reject) => {
      const req = request(base, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve((JSON.parse(text) as { gpc: unknown }).gpc));
      });
      req.setHeader('Sec-GPC', ['1', '1']);
      req.on('error', reject);
      req.end();
    });
    expect(gpc).toBe(true);
  });

  it('refuses consent posts without Origin (unless Sec-Fetch-Site says same-origin) and from the other scheme', async () => {
    const body = '{"categories":{"marketing":true}}';
    const json = { 'content-type': 'application/json' };
    expect((await rawRequest(base, '/kakor/consent', json, 'POST', body)).status).toBe(403);
    expect((await rawRequest(base, '/kakor/consent', { ...json, 'sec-fetch-site': 'cross-site' }, 'POST', body)).status).toBe(403);
    expect((await rawRequest(base, '/kakor/consent', { ...json, 'sec-fetch-site': 'same-origin' }, 'POST', body)).status).toBe(200);
    const host = new URL(base).host;
    expect((await rawRequest(base, '/kakor/consent', { ...json, origin: `https://${host}` }, 'POST', body)).status).toBe(403);
    expect((await rawRequest(base, '/kakor/consent', { ...json, origin: `http://${host}` }, 'POST', body)).status).toBe(200);
  });

  it('the Fetch handler answers a hostile Host without failing', async () => {
    const app = new Hono();
    app.get('/', (c) => c.text('ok'));
    const server = serve({ fetch: consentFetchHandler(site, (request) => app.fetch(request), { secret, onBlocked: () => undefined }), port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    const { cookie } = await consentCookie({ categories: {} });
    try {
      for (const host of ['xn--', `${'a.'.repeat(5000)}example.se`, 'example.se.', '[::1]']) {
        const answer = await rawRequest(url, '/', { host, cookie: `${cookie}; _ga=1; _fbp=2` });
        expect(answer.status, host.slice(0, 20)).toBeLessThan(500);
        expect(answer.setCookies.length).toBeLessThanOrEqual(48);
      }
    } finally {
      server.close();
    }
  });

  it('the default onBlocked remembers a bounded number of names', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const onBlocked = warnOncePerName();
      for (let i = 0; i < 3000; i++) onBlocked({ name: `oauth_state_${String(i)}`, reason: 'unknown' });
      onBlocked({ name: 'oauth_state_1', reason: 'unknown' });
      expect(warn).toHaveBeenCalledTimes(501);
      expect(String(warn.mock.calls.at(-1)?.[0])).toMatch(/more than 500 different names/);
    } finally {
      warn.mockRestore();
    }
  });
});

afterAll(() => undefined);
