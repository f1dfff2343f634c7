import type { IncomingMessage, ServerResponse } from 'node:http';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { consentMiddleware, withConsent, type RequestConsent } from '../src';
import { consentCookie, listen, secret, setNames, site } from './helpers';

// The guard finds a response's filter through the request it answers (`res.req`), and
// `req.consent` is served from that link rather than a property added to every request.
// These tests hold the cases where the link is missing or the app writes `req.consent` itself.

const cookies = ['_ga=GA1.1.1', '__stripe_mid=m1', '_fbp=fb.1'];

describe('req.consent and the response guard', () => {
  it('reads as the request consent in Express, without being an own property of the request', async () => {
    const app = express();
    app.use(consentMiddleware(site, { secret, onBlocked: () => undefined }));
    app.get('/', (req, res) => {
      res.json({ own: Object.prototype.hasOwnProperty.call(req, 'consent'), analytics: req.consent?.allows('analytics'), keys: Object.keys(req).includes('consent') });
    });
    const base = await listen(app);
    const { cookie } = await consentCookie({ categories: { analytics: true } });
    const body = (await (await fetch(base, { headers: { cookie } })).json()) as { own: boolean; analytics: boolean; keys: boolean };
    expect(body).toEqual({ own: false, analytics: true, keys: false });
  });

  it('keeps a value the app assigns to req.consent itself, and still filters by the real consent', async () => {
    const app = express();
    app.use(consentMiddleware(site, { secret, onBlocked: () => undefined }));
    app.get('/', (req, res) => {
      const mine = { note: 'the app’s own' } as unknown as RequestConsent;
      req.consent = mine;
      res.setHeader('Set-Cookie', cookies);
      res.json({ same: req.consent === mine });
    });
    const base = await listen(app);
    const response = await fetch(base);
    expect(await response.json()).toEqual({ same: true });
    expect(setNames(response)).toEqual(['__stripe_mid']);
  });

  it('guards a response whose res.req is not the request the middleware was given', async () => {
    const middleware = consentMiddleware(site, { secret, onBlocked: () => undefined });
    const base = await listen((req: IncomingMessage, res: ServerResponse) => {
      // A framework that hands middleware a wrapper of Node's request, as some adapters do.
      const wrapper = Object.create(req) as IncomingMessage;
      middleware(wrapper, res, () => {
        res.setHeader('Set-Cookie', cookies);
        res.end(JSON.stringify({ analytics: wrapper.consent?.allows('analytics') ?? null }));
      });
    });
    const { cookie } = await consentCookie({ categories: { analytics: true } });
    const granted = await fetch(base, { headers: { cookie } });
    expect(await granted.json()).toEqual({ analytics: true });
    expect(setNames(granted)).toEqual(['__stripe_mid', '_ga']);
    const refused = await fetch(base);
    expect(await refused.json()).toEqual({ analytics: false });
    expect(setNames(refused)).toEqual(['__stripe_mid']);
  });

  it('leaves requests the middleware never saw without consent, and their responses unfiltered', async () => {
    const guarded = withConsent(site, (_req: IncomingMessage, res: ServerResponse) => res.end('ok'), { secret, onBlocked: () => undefined });
    const base = await listen((req, res) => {
      if (req.url === '/guarded') {
        guarded(req, res);
        return;
      }
      res.setHeader('Set-Cookie', cookies);
      res.end(JSON.stringify({ consent: req.consent ?? null }));
    });
    await fetch(`${base}/guarded`);
    const open = await fetch(`${base}/open`);
    expect(await open.json()).toEqual({ consent: null });
    expect(setNames(open)).toEqual(['__stripe_mid', '_fbp', '_ga']);
  });

  it('filters a Set-Cookie list the app changed in place after setting it', async () => {
    // Node hands its own list out through getHeader; what the guard passed on must be judged again once changed.
    const app = express();
    app.use(consentMiddleware(site, { secret, onBlocked: () => undefined }));
    app.get('/', (_req, res) => {
      res.cookie('__stripe_mid', 'm1');
      res.cookie('_ga', 'GA1.1.1');
      (res.getHeader('set-cookie') as string[]).push('_fbp=fb.1; Path=/');
      (res.getHeader('set-cookie') as string[])[0] = '_fbp=fb.2; Path=/';
      res.send('ok');
    });
    const base = await listen(app);
    const { cookie } = await consentCookie({ categories: { analytics: true } });
    expect(setNames(await fetch(base, { headers: { cookie } }))).toEqual(['_ga']);
  });

  it('still guards a request whose stream state cannot take the guard', async () => {
    const middleware = consentMiddleware(site, { secret, onBlocked: () => undefined });
    const base = await listen((req: IncomingMessage, res: ServerResponse) => {
      Object.preventExtensions((req as unknown as { _readableState: object })._readableState);
      middleware(req, res, () => {
        res.setHeader('Set-Cookie', cookies);
        res.end(JSON.stringify({ analytics: req.consent?.allows('analytics') ?? null }));
      });
    });
    const refused = await fetch(base);
    expect(await refused.json()).toEqual({ analytics: false });
    expect(setNames(refused)).toEqual(['__stripe_mid']);
    const { cookie } = await consentCookie({ categories: { analytics: true } });
    const granted = await fetch(base, { headers: { cookie } });
    expect(await granted.json()).toEqual({ analytics: true });
    expect(setNames(granted)).toEqual(['__stripe_mid', '_ga']);
  });

  it('sets req.consent itself where a framework prototype defines consent', async () => {
    const app = express();
    Object.defineProperty(app.request, 'consent', { value: 'the framework’s own', writable: true, configurable: true });
    app.use(consentMiddleware(site, { secret, onBlocked: () => undefined }));
    app.get('/', (req, res) => {
      res.json({ analytics: req.consent?.allows('analytics') ?? null });
    });
    const base = await listen(app);
    const { cookie } = await consentCookie({ categories: { analytics: true } });
    expect(await (await fetch(base, { headers: { cookie } })).json()).toEqual({ analytics: true });
  });
});
