import express from 'express';
import { createRequire } from 'node:module';
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, createServer as createHttp2Server, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentMiddleware, withConsent } from '../src';
import { consentCookie, listen, secret, setNames, site } from './helpers';

const express4 = createRequire(import.meta.url)('express4') as typeof express;
const quiet = { secret, onBlocked: () => undefined };
const refused = '_ga=1; Path=/';
const allowed = 'stickySession=s; Path=/';
const namesOf = (headers: readonly string[]) => headers.map((h) => h.split('=')[0] ?? '').sort();

type Emit = (res: ServerResponse | Http2ServerResponse) => void;
/** Every argument shape Node's writeHead takes headers in. */
const writeHeadShapes: Record<string, Emit> = {
  'object': (res) => (res as ServerResponse).writeHead(200, { 'Set-Cookie': [refused, allowed] }).end(),
  'reason and object': (res) => (res as ServerResponse).writeHead(200, 'OK', { 'Set-Cookie': [refused, allowed] }).end(),
  'undefined reason and object': (res) => (res as ServerResponse).writeHead(200, undefined, { 'Set-Cookie': [refused, allowed] }).end(),
  'null reason and object': (res) => (res as unknown as { writeHead: (...a: unknown[]) => ServerResponse }).writeHead(200, null, { 'Set-Cookie': [refused, allowed] }).end(),
  'flat list': (res) => (res as ServerResponse).writeHead(200, ['Set-Cookie', refused, 'Set-Cookie', allowed]).end(),
  'one pair': (res) => (res as unknown as { writeHead: (...a: unknown[]) => ServerResponse }).writeHead(200, [['Set-Cookie', [refused, allowed]]]).end(),
  'three pairs': (res) => (res as unknown as { writeHead: (...a: unknown[]) => ServerResponse }).writeHead(200, [['Set-Cookie', refused], ['Set-Cookie', allowed], ['X-Other', '1']]).end(),
  'two pairs': (res) => (res as unknown as { writeHead: (...a: unknown[]) => ServerResponse }).writeHead(200, [['Set-Cookie', refused], ['Set-Cookie', allowed]]).end(),
  'reason and pairs': (res) => (res as unknown as { writeHead: (...a: unknown[]) => ServerResponse }).writeHead(200, 'OK', [['set-cookie', [refused, allowed]]]).end(),
  'setHeaders': (res) => {
    (res as ServerResponse).setHeaders(new Map([['Set-Cookie', [refused, allowed]]]));
    res.end();
  },
};

describe('writeHead in every argument shape', () => {
  let base = '';
  beforeAll(async () => {
    base = await listen(withConsent(site, (req, res) => writeHeadShapes[decodeURIComponent((req.url ?? '').slice(1))]?.(res), quiet));
  });
  it.each(Object.keys(writeHeadShapes))('node:http, %s: refused cookies never arrive, allowed ones do', async (shape) => {
    const response = await fetch(`${base}/${encodeURIComponent(shape)}`);
    expect(response.status).toBe(200);
    expect(setNames(response)).toEqual(['stickySession']);
  });
});

describe('node:http2 (compatibility API)', () => {
  let base = '';
  const server = createHttp2Server(
    withConsent(
      site,
      (req: Http2ServerRequest, res: Http2ServerResponse) => {
        const path = decodeURIComponent((req.url ?? '').slice(1));
        if (path === 'set-header') {
          res.setHeader('Set-Cookie', [refused, allowed]);
          res.end('ok');
        } else writeHeadShapes[path]?.(res);
      },
      quiet,
    ),
  );
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  function h2(path: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; setCookies: string[]; body: string }> {
    return new Promise((resolve, reject) => {
      const session = connect(base);
      session.on('error', reject);
      const stream = session.request({ ':path': path, ':method': body === undefined ? 'GET' : 'POST', ...headers });
      let status = 0;
      let setCookies: string[] = [];
      let text = '';
      stream.on('response', (h) => {
        status = Number(h[':status']);
        const value = h['set-cookie'];
        setCookies = value === undefined ? [] : [value].flat();
      });
      stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
      stream.on('end', () => {
        session.close();
        resolve({ status, setCookies, body: text });
      });
      stream.on('error', reject);
      stream.end(body);
    });
  }

  it.each(['set-header', ...Object.keys(writeHeadShapes).filter((shape) => shape !== 'setHeaders' && !shape.startsWith('reason'))])('%s: refused cookies never arrive, allowed ones do', async (shape) => {
    const answer = await h2(`/${encodeURIComponent(shape)}`);
    expect(answer.status).toBe(200);
    expect(namesOf(answer.setCookies)).toEqual(['stickySession']);
  });

  it('reads the host from :authority: withdrawals reach the parent domains, and same-origin consent posts are accepted', async () => {
    const { cookie } = await consentCookie({ categories: {} });
    const withdrawn = await h2('/set-header', { ':authority': 'www.example.se', cookie: `${cookie}; _ga=1` });
    expect(withdrawn.setCookies.filter((h) => h.startsWith('_ga=;')).map((h) => /Domain=([^;]+)/.exec(h)?.[1] ?? '(host)')).toEqual(['(host)', '.example.se', '.www.example.se']);
    const posted = await h2('/kakor/consent', { 'content-type': 'application/json', origin: base }, '{"categories":{"analytics":true}}');
    expect(posted.status).toBe(200);
    expect(posted.setCookies[0]).toMatch(/^kakor_consent=1\./);
  });
});

describe('two instances on one request compose, and never recurse', () => {
  const shop = { ...quiet };
  const marketingOnly = async () => (await consentCookie({ categories: { marketing: true } })).cookie;

  it('Express: app-wide plus a mounted instance', async () => {
    const app = express();
    app.use(consentMiddleware(site, quiet));
    app.use('/shop', consentMiddleware(site, shop));
    app.get('/shop/cart', (_req, res) => {
      res.cookie('_fbp', 'fb.1');
      res.cookie('_ga', 'GA1');
      res.cookie('stickySession', 's');
      res.send('ok');
    });
    const base = await listen(app);
    const response = await fetch(`${base}/shop/cart`, { headers: { cookie: await marketingOnly() } });
    expect(response.status).toBe(200);
    expect(setNames(response)).toEqual(['_fbp', 'stickySession']);
  });

  it('withConsent(withConsent(…)), with every emitting API', async () => {
    const base = await listen(
      withConsent(
        site,
        withConsent(
          site,
          (_req, res) => {
            res.setHeader('Set-Cookie', [refused]);
            res.appendHeader('Set-Cookie', allowed);
            res.writeHead(200, { 'set-cookie': [refused, allowed, '_fbp=1'] }).end('ok');
          },
          quiet,
        ),
        quiet,
      ),
    );
    const response = await fetch(base, { headers: { cookie: await marketingOnly() } });
    expect(response.status).toBe(200);
    expect(setNames(response)).toEqual(['_fbp', 'stickySession']);
  });

  it('a cookie leaves only if both consents allow it', async () => {
    const strict = consentMiddleware(site, quiet);
    const base = await listen((req: IncomingMessage, res: ServerResponse) =>
      strict(req, res, () => {
        // The inner instance reads another consent cookie name: a stricter sub-site.
        req.headers.cookie = '';
        consentMiddleware(site, quiet)(req, res, () => res.setHeader('Set-Cookie', ['_fbp=1', allowed]).end('ok'));
      }),
    );
    const response = await fetch(base, { headers: { cookie: await marketingOnly() } });
    expect(setNames(response)).toEqual(['stickySession']);
  });
});

describe('trailers and Early Hints never carry cookies', () => {
  it('drops Set-Cookie from trailers (object and list forms)', async () => {
    const base = await listen(
      withConsent(
        site,
        (req, res) => {
          res.setHeader('Trailer', 'Set-Cookie, X-Checksum');
          res.write('body');
          if (req.url === '/list') res.addTrailers([['Set-Cookie', allowed], ['X-Checksum', 'abc']]);
          else res.addTrailers({ 'Set-Cookie': refused, 'X-Checksum': 'abc' });
          res.end();
        },
        quiet,
      ),
    );
    for (const path of ['/object', '/list']) {
      const trailers = await new Promise<NodeJS.Dict<string>>((resolve, reject) => {
        httpRequest(`${base}${path}`, (res) => {
          res.resume();
          res.on('end', () => resolve(res.trailers));
        })
          .on('error', reject)
          .end();
      });
      expect(trailers).toEqual({ 'x-checksum': 'abc' });
    }
  });

  it('drops Set-Cookie and CR/LF-carrying hints from 103 Early Hints', async () => {
    const base = await listen(
      withConsent(
        site,
        (_req, res) => {
          res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style', 'set-cookie': refused, 'x-evil': 'a\r\nSet-Cookie: _ga=1' });
          res.end('ok');
        },
        quiet,
      ),
    );
    const hints = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const seen: Record<string, unknown>[] = [];
      const req = httpRequest(base, (res) => {
        res.resume();
        res.on('end', () => resolve(seen));
      });
      req.on('information', (info) => seen.push(info.headers));
      req.on('error', reject);
      req.end();
    });
    expect(hints).toEqual([{ link: '</style.css>; rel=preload; as=style' }]);
  });
});

describe('the consent endpoint behind every common body parser', () => {
  const parsers = {
    'json()': (e: typeof express) => e.json(),
    'urlencoded()': (e: typeof express) => e.urlencoded({ extended: false }),
    'text()': (e: typeof express) => e.text(),
    'raw()': (e: typeof express) => e.raw(),
    "text({ type: '*/*' })": (e: typeof express) => e.text({ type: '*/*' }),
    "raw({ type: '*/*' })": (e: typeof express) => e.raw({ type: '*/*' }),
  };
  for (const [version, factory] of [['Express 4', express4], ['Express 5', express]] as const) {
    it.each(Object.keys(parsers))(`${version} with express.%s mounted first`, async (parser) => {
      const app = factory();
      app.use(parsers[parser as keyof typeof parsers](factory));
      app.use(consentMiddleware(site, quiet));
      const base = await listen(app);
      const response = await fetch(`${base}/kakor/consent`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: '{"categories":{"analytics":true}}' });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { state: { categories: unknown } }).state.categories).toEqual({ preferences: false, analytics: true, marketing: false });
    });
  }

  it('names the cause when an earlier middleware swallowed the body', async () => {
    const app = express();
    app.use((req, _res, next) => {
      req.resume();
      req.on('end', () => next());
    });
    app.use(consentMiddleware(site, quiet));
    const base = await listen(app);
    const response = await fetch(`${base}/kakor/consent`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: '{"categories":{}}' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/earlier middleware read the request body/);
  });
});

describe('the guard sits on the prototype chain', () => {
  it('holds when another library wraps the methods as own properties, before or after it', async () => {
    const wrap = (res: ServerResponse) => {
      // As on-headers (compression, express-session, morgan) does: own properties that call down.
      const { writeHead, setHeader } = res;
      res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
        return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
      } as ServerResponse['writeHead'];
      res.setHeader = function (this: ServerResponse, name: string, value: number | string | readonly string[]) {
        return setHeader.call(this, name, value);
      };
    };
    const guard = consentMiddleware(site, quiet);
    const base = await listen((req: IncomingMessage, res: ServerResponse) => {
      wrap(res);
      guard(req, res, () => {
        wrap(res);
        res.setHeader('Set-Cookie', [refused, allowed]);
        res.writeHead(200, { 'Set-Cookie': ['_fbp=1', allowed] }).end();
      });
    });
    expect(setNames(await fetch(base))).toEqual(['stickySession']);
  });

  it('leaves responses without the middleware untouched', async () => {
    const base = await listen((_req, res) => res.setHeader('Set-Cookie', [refused, allowed]).end());
    expect(setNames(await fetch(base))).toEqual(['_ga', 'stickySession']);
  });
});
