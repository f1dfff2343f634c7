import express from 'express';
import { beforeAll, describe, expect, it } from 'vitest';
import { consentMiddleware, type ConsentRecord } from '../src';
import { listen, secret, setNames, site } from './helpers';

const records: ConsentRecord[] = [];
let base = '';
let failing = '';

// Browsers send Origin with every POST; Node's fetch does not, so the tests add it.
const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', origin: new URL(url).origin, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** `fetch` as a browser page on the server's own origin sends it. */
const browserFetch: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), origin: new URL(String(input)).origin } });

beforeAll(async () => {
  const app = express();
  app.use(consentMiddleware(site, { secret, onConsent: (record) => void records.push(record), allowedOrigins: ['https://www.example.se'] }));
  app.get('/page', (_req, res) => res.setHeader('Set-Cookie', ['_ga=1', '_fbp=2']).end('ok'));
  base = await listen(app);
  const broken = express();
  broken.use(consentMiddleware(site, { secret, onConsent: () => Promise.reject(new Error('database down')) }));
  failing = await listen(broken);
});

describe('the consent endpoint', () => {
  it('records a choice: signed cookie, proof of consent, and the state back', async () => {
    records.length = 0;
    const response = await post(`${base}/kakor/consent`, { categories: { analytics: true, marketing: false }, processors: { meta: false } }, { 'user-agent': 'test-agent' });
    expect(response.status).toBe(200);
    const { state } = (await response.json()) as { state: { id: string; categories: unknown } };
    expect(state.categories).toEqual({ preferences: false, analytics: true, marketing: false });
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(new RegExp(`^kakor_consent=1\\.${state.id}\\.[^;]+\\.[\\w-]{43}; Max-Age=31536000; Path=/; SameSite=Lax$`));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ id: state.id, fingerprint: site.fingerprint, categories: state.categories, processors: { meta: false }, gpc: false, source: 'banner', userAgent: 'test-agent' });
    expect(records[0]?.givenAt).toBeInstanceOf(Date);

    const consentValue = cookie?.split(';')[0] ?? '';
    const page = await fetch(`${base}/page`, { headers: { cookie: consentValue } });
    expect(setNames(page)).toEqual(['_ga']);
    const read = (await (await fetch(`${base}/kakor/consent`, { headers: { cookie: consentValue } })).json()) as { state: { id: string }; needsConsent: unknown };
    expect(read.state.id).toBe(state.id);
    expect(read.needsConsent).toBe(false);
  });

  it('keeps the consent id when a visitor changes their choice, so the proof of consent is one history', async () => {
    records.length = 0;
    const first = await post(`${base}/kakor/consent`, { categories: { analytics: true } });
    const consentValue = first.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const changed = await post(`${base}/kakor/consent`, { categories: {} }, { cookie: consentValue });
    const ids = await Promise.all([first, changed].map(async (response) => ((await response.json()) as { state: { id: string } }).state.id));
    expect(ids[1]).toBe(ids[0]);
    expect(records.map((record) => record.id)).toEqual([ids[0], ids[0]]);
    // A forged cookie does not carry its id over.
    const forged = await post(`${base}/kakor/consent`, { categories: {} }, { cookie: consentValue.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) });
    expect(((await forged.json()) as { state: { id: string } }).state.id).not.toBe(ids[0]);
  });

  it('expires withdrawn cookies in the same response', async () => {
    const response = await post(`${base}/kakor/consent`, { categories: {} }, { cookie: '_ga=1; _fbp=2' });
    const set = response.headers.getSetCookie();
    expect(set[0]).toMatch(/^kakor_consent=/);
    expect(set.slice(1).map((c) => c.split('=')[0])).toEqual(['_ga', '_fbp']);
  });

  it('answers GET without consent', async () => {
    const body = (await (await fetch(`${base}/kakor/consent`)).json()) as Record<string, unknown>;
    expect(body).toEqual({ state: null, needsConsent: 'no-consent', gpc: false, fingerprint: site.fingerprint });
  });

  it.each([
    ['not JSON', '{"categories":', 400, 'not valid JSON'],
    ['a list', '[]', 400, 'must be a JSON object'],
    ['no categories', {}, 400, '"categories" must be an object'],
    ['an unknown category', { categories: { ads: true } }, 400, 'unknown category "ads"'],
    ['a string for a boolean', { categories: { analytics: 'yes' } }, 400, 'categories.analytics must be true or false'],
    ['an unknown processor', { categories: {}, processors: { tiktok: true } }, 400, 'unknown processor "tiktok"; this site declares google-analytics, meta, stripe'],
    ['an extra field', { categories: {}, admin: true }, 400, 'unknown field "admin"'],
    ['prototype keys', '{"categories":{"__proto__":{"analytics":true}}}', 400, 'unknown category "__proto__"'],
    ['a body over the limit', { categories: {}, padding: 'x'.repeat(5000) }, 413, 'larger than 4096 bytes'],
  ])('refuses %s', async (_, body, status, message) => {
    const response = await post(`${base}/kakor/consent`, body);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toContain(message);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('refuses other content types, methods and origins', async () => {
    const form = await fetch(`${base}/kakor/consent`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base }, body: 'categories=all' });
    expect(form.status).toBe(415);
    expect((await fetch(`${base}/kakor/consent`, { method: 'PUT' })).status).toBe(405);
    const evil = await post(`${base}/kakor/consent`, { categories: { marketing: true } }, { origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    expect(evil.headers.getSetCookie()).toEqual([]);
    expect((await post(`${base}/kakor/consent`, { categories: {} }, { origin: base })).status).toBe(200);
    expect((await post(`${base}/kakor/consent`, { categories: {} }, { origin: 'https://www.example.se' })).status).toBe(200);
    expect((await post(`${base}/kakor/consent`, { categories: {} }, { origin: 'null' })).status).toBe(403);
  });

  it('sets nothing when the proof of consent cannot be stored', async () => {
    const response = await post(`${failing}/kakor/consent`, { categories: { analytics: true } });
    expect(response.status).toBe(500);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('never crashes on random bodies', async () => {
    const fc = (await import('fast-check')).default;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ categories: v }))), async (body) => {
        const response = await post(`${base}/kakor/consent`, body);
        expect([200, 400]).toContain(response.status);
        if (response.status === 200) expect(response.headers.getSetCookie()[0]).toMatch(/^kakor_consent=/);
      }),
      { numRuns: 150 },
    );
  });
});

it('works behind express.json(), which reads the body first', async () => {
  const app = express();
  app.use(express.json());
  app.use(consentMiddleware(site, { secret }));
  const url = await listen(app);
  const response = await post(`${url}/kakor/consent`, { categories: { analytics: true } });
  expect(response.status).toBe(200);
  expect(((await response.json()) as { state: { categories: unknown } }).state.categories).toEqual({ preferences: false, analytics: true, marketing: false });
  expect((await post(`${url}/kakor/consent`, { categories: { ads: true } })).status).toBe(400);
});

it('counts the limit in bytes behind express.json(), as it does for a raw body', async () => {
  const app = express();
  app.use(express.json());
  app.use(consentMiddleware(site, { secret, bodyLimit: 200 }));
  const url = await listen(app);
  // 80 "å" are 80 characters but 160 bytes in UTF-8: with the JSON around them, over 200 bytes, under 200 characters.
  const body = { categories: { analytics: true }, processors: {}, note: 'å'.repeat(80) };
  expect(JSON.stringify(body).length).toBeLessThan(200);
  expect(Buffer.byteLength(JSON.stringify(body))).toBeGreaterThan(200);
  expect((await post(`${url}/kakor/consent`, body)).status).toBe(413);
});

describe('endpointPersistence from @kakor/consent against the real endpoint', () => {
  it('posts a store’s choice, which the server signs, records and sets', async () => {
    const { createConsentStore, endpointPersistence } = await import('@kakor/consent');
    records.length = 0;
    const responses: Response[] = [];
    const saved = new Promise<void>((resolve, reject) => {
      const store = createConsentStore(site, {
        persist: endpointPersistence({ url: `${base}/kakor/consent`, fetch: browserFetch, onSaved: (response) => {
          responses.push(response);
          resolve();
        },
        onError: reject, }),
      });
      store.update({ categories: { analytics: true }, processors: { meta: false } });
    });
    await saved;
    expect(responses[0]?.status).toBe(200);
    expect(responses[0]?.headers.getSetCookie()[0]).toMatch(/^kakor_consent=1\.[^;]+\.[\w-]{43};/);
    expect(records[0]).toMatchObject({ categories: { preferences: false, analytics: true, marketing: false }, processors: { meta: false } });
  });

  it('posts the locale the choice was made in, else the one its locale option gives', async () => {
    const { createConsentStore, endpointPersistence } = await import('@kakor/consent');
    records.length = 0;
    let saved = 0;
    const done = new Promise<void>((resolve, reject) => {
      const persist = endpointPersistence({ url: `${base}/kakor/consent`, fetch: browserFetch, locale: () => 'nb', onError: reject, onSaved: () => void (++saved === 2 && resolve()) });
      const store = createConsentStore(site, { persist });
      store.acceptAll({ locale: 'sv' });
      store.rejectAll();
    });
    await done;
    expect(records.map((record) => record.locale).sort()).toEqual(['nb', 'sv']);
  });

  it('reports a refusal through onError', async () => {
    const { createConsentStore, endpointPersistence } = await import('@kakor/consent');
    const refused = await new Promise<unknown>((resolve) => {
      createConsentStore(site, { persist: endpointPersistence({ url: `${failing}/kakor/consent`, fetch: browserFetch, onError: resolve }) }).acceptAll();
    });
    expect((refused as Response).status).toBe(500);
  });
});
